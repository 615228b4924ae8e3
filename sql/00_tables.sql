-- One view per table of the contract. Paths are relative to the dataset folder: the Python
-- client sets file_search_path to it; on the duckdb command line, start inside the folder.
CREATE OR REPLACE VIEW documents AS SELECT * FROM read_parquet('documents/*.parquet', union_by_name = true);
CREATE OR REPLACE VIEW paragraphs AS SELECT * FROM read_parquet('paragraphs/*.parquet', union_by_name = true);
CREATE OR REPLACE VIEW sentences AS SELECT * FROM read_parquet('sentences/*.parquet', union_by_name = true);
CREATE OR REPLACE VIEW facts AS SELECT * FROM read_parquet('facts/*.parquet', union_by_name = true);
CREATE OR REPLACE VIEW entities AS SELECT * FROM read_parquet('entities/*.parquet', union_by_name = true);
CREATE OR REPLACE VIEW artifacts AS SELECT * FROM read_parquet('artifacts/*.parquet', union_by_name = true);
CREATE OR REPLACE VIEW terms AS SELECT * FROM read_parquet('terms/*.parquet', union_by_name = true);
CREATE OR REPLACE VIEW errors AS SELECT * FROM read_parquet('errors/*.parquet', union_by_name = true);
CREATE OR REPLACE VIEW texts AS SELECT * FROM read_parquet('texts/*.parquet', union_by_name = true);
