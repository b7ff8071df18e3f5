-- Version 9: a report keeps the letterhead it was made with.
--
-- The issuing body changes over time (Sở Thông tin và Truyền thông, BC-STTTT,
-- until 2025; Sở Khoa học và Công nghệ, BC-SKHCN, since): editing a
-- letterhead must not change a draft or an issued report made with it. Each
-- report holds a frozen copy of its letterhead, taken when the report is made
-- and again only when its draft is given another letterhead; the report
-- prints from the copy. A copy rather than a new letterhead row per edit
-- (copy-on-write) because the records office numbers reports per letterhead
-- and year (report_register_number): fixing a typo in the address must not
-- restart the year's numbers. A new issuing body is a new letterhead, with
-- its validity dates (letterhead.valid_from/valid_to, version 6).
CREATE TABLE report_letterhead (
    report_id                 INTEGER PRIMARY KEY REFERENCES report(id) ON DELETE CASCADE,
    parent_body               TEXT,
    issuing_body              TEXT NOT NULL,
    issuing_body_name         TEXT NOT NULL,
    issuing_abbreviation      TEXT NOT NULL,
    place_name                TEXT NOT NULL,
    address_line              TEXT,
    records_unit_abbreviation TEXT,
    margin_top_mm             REAL NOT NULL,
    margin_bottom_mm          REAL NOT NULL,
    margin_left_mm            REAL NOT NULL,
    margin_right_mm           REAL NOT NULL,
    body_font_pt              INTEGER NOT NULL
);

-- The reports made so far keep the letterhead as it is today.
INSERT INTO report_letterhead
SELECT r.id, l.parent_body, l.issuing_body, l.issuing_body_name, l.issuing_abbreviation, l.place_name,
       l.address_line, l.records_unit_abbreviation, l.margin_top_mm, l.margin_bottom_mm, l.margin_left_mm,
       l.margin_right_mm, l.body_font_pt
FROM report r JOIN letterhead l ON l.id = r.letterhead_id;

-- An issued or withdrawn report's copy is as frozen as the report.
CREATE TRIGGER report_letterhead_issued_is_frozen
BEFORE UPDATE ON report_letterhead
WHEN (SELECT status FROM report WHERE id = OLD.report_id) IS NOT 'draft'
BEGIN
    SELECT RAISE(ABORT, 'an issued report cannot be edited');
END;

CREATE TRIGGER report_letterhead_issued_not_deleted
BEFORE DELETE ON report_letterhead
WHEN (SELECT status FROM report WHERE id = OLD.report_id) IN ('issued', 'withdrawn')
BEGIN
    SELECT RAISE(ABORT, 'an issued report cannot be deleted; withdraw it instead');
END;
