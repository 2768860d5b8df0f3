-- Which client asked for an exported file: the API or a page, and the program or browser that
-- asked (its User-Agent), so that an export nobody meant to make can be told apart in the trail.
alter table report_export add column requested_by_client varchar(255);
