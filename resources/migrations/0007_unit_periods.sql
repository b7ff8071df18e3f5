-- Version 7: administrative units over time (issue 14 §1, issue 17 item 4).
--
-- The same GSO code names different units over time: from 01/07/2025, 3 316
-- of the 3 321 new communes carry the code of one of the old communes they
-- were formed from, and province 51 is old Quảng Ngãi and new Quảng Ngãi.
-- A code is therefore unique within a validity period only: two units may
-- share a code when they start on different dates (valid_from). Every lookup
-- by code picks the unit valid on the date that matters (a campaign's
-- reference date, or today).
--
-- SQLite cannot drop a column constraint, so admin_unit is rebuilt (the
-- 12-step procedure of the SQLite documentation: the migration runner turns
-- foreign keys off around it and runs foreign_key_check before committing).
-- The columns keep their order; the change-log triggers are generated again
-- after the migration.
CREATE TABLE admin_unit_rebuilt (
    id          INTEGER PRIMARY KEY,
    gso_code    TEXT,                        -- GSO code; NULL for village-level units; unique per valid_from
    name        TEXT NOT NULL,
    unit_type   TEXT NOT NULL,               -- Tỉnh, Thành phố, Huyện, Thị xã, Xã, Phường, Thị trấn, Đặc khu, Thôn, Tổ dân phố…
    level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4), -- 1 province, 2 district, 3 commune, 4 village
    parent_id   INTEGER REFERENCES admin_unit(id) ON DELETE RESTRICT,
    valid_from  TEXT,
    valid_to    TEXT,
    is_sample   INTEGER NOT NULL DEFAULT 0,  -- 1: generated sample name, not a real unit
    search_key  TEXT,
    sort_key    TEXT,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
INSERT INTO admin_unit_rebuilt (id, gso_code, name, unit_type, level, parent_id, valid_from, valid_to,
                                is_sample, search_key, sort_key)
    SELECT id, gso_code, name, unit_type, level, parent_id, valid_from, valid_to,
           is_sample, search_key, sort_key
    FROM admin_unit;
DROP TABLE admin_unit;
ALTER TABLE admin_unit_rebuilt RENAME TO admin_unit;
CREATE INDEX admin_unit_parent ON admin_unit(parent_id);
CREATE INDEX admin_unit_level ON admin_unit(level);
CREATE INDEX admin_unit_sort ON admin_unit(parent_id, sort_key, id);
CREATE UNIQUE INDEX admin_unit_code_period ON admin_unit(gso_code, COALESCE(valid_from, ''))
    WHERE gso_code IS NOT NULL;

-- The reform is history, not an edit: which old units went into which new
-- ones (the GSO's conversion table of 01/07/2025, and the provinces of
-- Resolution 202/2025/QH15). Filled when both lists of a province are set
-- up (app/core/units). split: 1 when the old unit was divided among several
-- new ones. note: the GSO's remark ("Nhập toàn bộ", "Nhập một phần", …).
CREATE TABLE admin_unit_succession (
    old_unit_id  INTEGER NOT NULL REFERENCES admin_unit(id) ON DELETE RESTRICT,
    new_unit_id  INTEGER NOT NULL REFERENCES admin_unit(id) ON DELETE RESTRICT,
    split        INTEGER NOT NULL DEFAULT 0 CHECK (split IN (0, 1)),
    note         TEXT,
    PRIMARY KEY (old_unit_id, new_unit_id),
    CHECK (old_unit_id <> new_unit_id)
);
CREATE INDEX admin_unit_succession_new ON admin_unit_succession(new_unit_id);
