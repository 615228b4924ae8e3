

def test_one_person_name_rule_for_bylines_and_author_fields():
    """names.is_person_name is the one "listed given name and known surname" rule: names_line takes a lone name
    only where it holds, and an author field naming the site is kept only where it holds."""
    from scoexport.clean.bylines import names_line
    from scoexport.names import is_person_name

    for line in ["Pamela Anderson", "Victoria Advocate", "Grace Hopper Academy", "Jean Dupont"]:
        assert (names_line(line) is not None) == is_person_name(line)
    assert is_person_name("Pamela Anderson") and not is_person_name("Victoria Advocate")
