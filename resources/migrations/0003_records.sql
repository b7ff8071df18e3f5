-- Version 3: data entry (issue #3).
--
-- Change history: every insert, update and delete of a record is written to
-- change_log by triggers that CDS Desk generates from the schema after each
-- migration (app/core/records/ChangeLog.cpp), so no code path can write
-- without a trace. A change group ties together the rows one user action
-- wrote ("Sửa đội Xã Bình Sơn", "Nhập 120 thành viên"), which is what undo
-- reverts. change_context holds the group the open transaction writes under.
CREATE TABLE change_group (
    id           INTEGER PRIMARY KEY,
    started_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    description  TEXT NOT NULL,
    reverts_group_id INTEGER REFERENCES change_group(id) -- set on an undo (or a redo, which reverts the undo)
);

CREATE TABLE change_context (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    group_id  INTEGER,
    enabled   INTEGER NOT NULL DEFAULT 1     -- 0 only while the national test-data generator writes
);
INSERT INTO change_context (id, group_id, enabled) VALUES (1, NULL, 1);

ALTER TABLE change_log ADD COLUMN group_id INTEGER REFERENCES change_group(id);
CREATE INDEX change_log_group ON change_log(group_id);
CREATE INDEX change_log_row ON change_log(table_name, row_id);

-- Search and sort keys, computed by CDS Desk from the record's name
-- (app/core/records/RecordKeys.cpp): search_key is lower case without
-- diacritics ("duc pho" finds "Đức Phổ"); sort_key orders by the Vietnamese
-- alphabet (a ă â b c d đ e ê …, then the tones), person names by given name
-- first. They are derived values and are not written to the change log.
ALTER TABLE admin_unit ADD COLUMN search_key TEXT;
ALTER TABLE admin_unit ADD COLUMN sort_key TEXT;
ALTER TABLE organisation ADD COLUMN search_key TEXT;
ALTER TABLE organisation ADD COLUMN sort_key TEXT;
ALTER TABLE campaign ADD COLUMN search_key TEXT;
ALTER TABLE campaign ADD COLUMN sort_key TEXT;
ALTER TABLE team ADD COLUMN search_key TEXT;
ALTER TABLE team ADD COLUMN sort_key TEXT;
ALTER TABLE member ADD COLUMN search_key TEXT;
ALTER TABLE member ADD COLUMN sort_key TEXT;
ALTER TABLE training_session ADD COLUMN search_key TEXT;
ALTER TABLE training_session ADD COLUMN sort_key TEXT;
ALTER TABLE event ADD COLUMN search_key TEXT;
ALTER TABLE event ADD COLUMN sort_key TEXT;
ALTER TABLE media_output ADD COLUMN search_key TEXT;
ALTER TABLE media_output ADD COLUMN sort_key TEXT;
ALTER TABLE campaign_figure ADD COLUMN search_key TEXT;
ALTER TABLE campaign_figure ADD COLUMN sort_key TEXT;
ALTER TABLE recommendation ADD COLUMN search_key TEXT;
ALTER TABLE recommendation ADD COLUMN sort_key TEXT;

CREATE INDEX member_sort ON member(sort_key, id);
CREATE INDEX team_sort ON team(campaign_id, sort_key, id);
CREATE INDEX organisation_sort ON organisation(sort_key, id);
CREATE INDEX admin_unit_sort ON admin_unit(parent_id, sort_key, id);
CREATE INDEX training_session_sort ON training_session(campaign_id, sort_key, id);
CREATE INDEX event_sort ON event(campaign_id, sort_key, id);
CREATE INDEX media_output_sort ON media_output(campaign_id, sort_key, id);

-- A member's history: a membership row is never reused; moving a member
-- closes the old row (left_on) and opens a new one.
CREATE INDEX team_member_member_current ON team_member(member_id) WHERE left_on IS NULL;
