-- CDS Desk schema, version 1.
-- Append-only once released: later changes go into 0002_*.sql and onwards.
-- Text is stored as Unicode NFC. Dates are ISO 8601 text (yyyy-MM-dd).
-- A "figure" is a number plus an optional qualifier: one of
-- '' (exact), 'hon' (hơn), 'gan' (gần), 'khoang' (khoảng), 'tren' (trên).

-- Administrative units as a tree. A level may be skipped: a village may hang
-- directly under a district (Lý Sơn has no communes since 2020), and since
-- 01/07/2025 communes hang directly under the province.
CREATE TABLE admin_unit (
    id          INTEGER PRIMARY KEY,
    gso_code    TEXT UNIQUE,                 -- GSO code; NULL for village-level units
    name        TEXT NOT NULL,
    unit_type   TEXT NOT NULL,               -- Tỉnh, Thành phố, Huyện, Thị xã, Xã, Phường, Thị trấn, Thôn, Tổ dân phố…
    level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4), -- 1 province, 2 district, 3 commune, 4 village
    parent_id   INTEGER REFERENCES admin_unit(id) ON DELETE RESTRICT,
    valid_from  TEXT,
    valid_to    TEXT,
    is_sample   INTEGER NOT NULL DEFAULT 0,  -- 1: generated sample name, not a real unit
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX admin_unit_parent ON admin_unit(parent_id);
CREATE INDEX admin_unit_level ON admin_unit(level);

CREATE TABLE organisation (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    abbreviation  TEXT,
    kind          TEXT,                      -- agency, people's committee, mass organisation, school, enterprise, press outlet…
    unit_id       INTEGER REFERENCES admin_unit(id) ON DELETE RESTRICT,
    parent_id     INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
    address       TEXT,
    phone         TEXT,
    email         TEXT,
    website       TEXT
);
CREATE INDEX organisation_unit ON organisation(unit_id);

CREATE TABLE campaign (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    year            INTEGER NOT NULL,
    start_date      TEXT,
    end_date        TEXT,
    province_id     INTEGER REFERENCES admin_unit(id) ON DELETE RESTRICT,
    plan_reference  TEXT,                    -- "Kế hoạch số 148/KH-UBND ngày 15/9/2022 của UBND tỉnh"
    plan_subject    TEXT,                    -- "về Tổ chức Ngày Chuyển đổi số quốc gia năm 2022 trên địa bàn tỉnh Quảng Ngãi"
    guidance_reference TEXT,                 -- "Hướng dẫn số 1384/HD-STTTT ngày 28/9/2022"
    guidance_subject   TEXT,
    notes           TEXT,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

-- One community digital technology team per administrative unit and level
-- in a campaign. Members are listed in team_member or, as district reports
-- often send, only declared as a count.
CREATE TABLE team (
    id                    INTEGER PRIMARY KEY,
    campaign_id           INTEGER NOT NULL REFERENCES campaign(id) ON DELETE RESTRICT,
    unit_id               INTEGER NOT NULL REFERENCES admin_unit(id) ON DELETE RESTRICT,
    level                 INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    name                  TEXT NOT NULL,
    host_organisation_id  INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
    established_date      TEXT,
    decision_reference    TEXT,
    declared_member_count INTEGER CHECK (declared_member_count IS NULL OR declared_member_count >= 0),
    notes                 TEXT,
    UNIQUE (campaign_id, unit_id, level)
);
CREATE INDEX team_unit ON team(unit_id);
CREATE INDEX team_campaign_level ON team(campaign_id, level);

CREATE TABLE member (
    id             INTEGER PRIMARY KEY,
    full_name      TEXT NOT NULL,
    gender         TEXT CHECK (gender IS NULL OR gender IN ('male', 'female', 'other')),
    birth_year     INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
    phone          TEXT,
    affiliation    TEXT,
    unit_id        INTEGER REFERENCES admin_unit(id) ON DELETE RESTRICT
);
CREATE INDEX member_name ON member(full_name);

-- Membership with history: moving a member closes one row and opens another.
CREATE TABLE team_member (
    id          INTEGER PRIMARY KEY,
    team_id     INTEGER NOT NULL REFERENCES team(id) ON DELETE RESTRICT,
    member_id   INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    role        TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('leader', 'deputy', 'member')),
    joined_on   TEXT,
    left_on     TEXT
);
CREATE INDEX team_member_team ON team_member(team_id);
CREATE INDEX team_member_member ON team_member(member_id);

CREATE TABLE training_session (
    id                      INTEGER PRIMARY KEY,
    campaign_id             INTEGER NOT NULL REFERENCES campaign(id) ON DELETE RESTRICT,
    title                   TEXT NOT NULL,
    topic                   TEXT,
    start_date              TEXT,
    end_date                TEXT,
    mode                    TEXT NOT NULL DEFAULT 'in_person' CHECK (mode IN ('in_person', 'online', 'hybrid')),
    organiser_id            INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
    place                   TEXT,
    participants_declared   INTEGER CHECK (participants_declared IS NULL OR participants_declared >= 0),
    participants_qualifier  TEXT NOT NULL DEFAULT '',
    participants_description TEXT,           -- "thành viên Tổ công nghệ số cộng đồng các cấp"
    description             TEXT,            -- report sentence; {participants} stands for "hơn 4.500"
    notes                   TEXT
);
CREATE INDEX training_campaign ON training_session(campaign_id);

CREATE TABLE training_partner (
    training_id      INTEGER NOT NULL REFERENCES training_session(id) ON DELETE CASCADE,
    organisation_id  INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    PRIMARY KEY (training_id, organisation_id)
);

CREATE TABLE training_attendance (
    training_id  INTEGER NOT NULL REFERENCES training_session(id) ON DELETE CASCADE,
    member_id    INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    PRIMARY KEY (training_id, member_id)
);
CREATE INDEX training_attendance_member ON training_attendance(member_id);

CREATE TABLE event (
    id                        INTEGER PRIMARY KEY,
    campaign_id               INTEGER NOT NULL REFERENCES campaign(id) ON DELETE RESTRICT,
    kind                      TEXT NOT NULL CHECK (kind IN ('workshop', 'seminar', 'conference', 'contest', 'launch', 'training', 'other')),
    is_main_event             INTEGER NOT NULL DEFAULT 0, -- the campaign's headline event (section I of the report)
    title                     TEXT NOT NULL,
    theme                     TEXT,
    event_date                TEXT,
    time_of_day               TEXT,          -- 'morning', 'afternoon', 'evening' or NULL
    chair_name                TEXT,
    chair_position            TEXT,
    organiser_id              INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
    organiser_text            TEXT,          -- when the organiser is a group, not one organisation
    mode                      TEXT NOT NULL DEFAULT 'in_person' CHECK (mode IN ('in_person', 'online', 'hybrid')),
    venue                     TEXT,
    in_person_attendance      INTEGER CHECK (in_person_attendance IS NULL OR in_person_attendance >= 0),
    in_person_qualifier       TEXT NOT NULL DEFAULT '',
    in_person_description     TEXT,          -- who attended in person
    online_attendance         INTEGER CHECK (online_attendance IS NULL OR online_attendance >= 0),
    online_qualifier          TEXT NOT NULL DEFAULT '',
    online_description        TEXT,
    livestream_platform       TEXT,
    livestream_views          INTEGER CHECK (livestream_views IS NULL OR livestream_views >= 0),
    livestream_qualifier      TEXT NOT NULL DEFAULT '',
    audience_description      TEXT,          -- "đoàn viên thanh niên", used with in_person_attendance
    description               TEXT,          -- report sentence; {in_person} {online} {livestream} stand for the figures
    outcomes                  TEXT,          -- results, one paragraph per line ("- " starts a bullet)
    report_group              TEXT,          -- events sharing a group print as one bullet of the report
    sort_order                INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX event_campaign ON event(campaign_id);

CREATE TABLE event_connected_sites (
    event_id    INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    site_count  INTEGER NOT NULL CHECK (site_count >= 0),
    PRIMARY KEY (event_id, level)
);

CREATE TABLE presentation (
    id                   INTEGER PRIMARY KEY,
    event_id             INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    sort_order           INTEGER NOT NULL,
    speaker_name         TEXT NOT NULL,      -- with honorific as printed: "PGS. Nguyễn Quang Trung", "Bà Nguyễn Thị Lệ Quyên"
    speaker_position     TEXT,
    speaker_organisation TEXT,
    title                TEXT NOT NULL,
    UNIQUE (event_id, sort_order)
);

CREATE TABLE event_attendance (
    event_id         INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    organisation_id  INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    attendance       INTEGER NOT NULL CHECK (attendance >= 0),
    qualifier        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, organisation_id)
);

CREATE TABLE media_output (
    id               INTEGER PRIMARY KEY,
    campaign_id      INTEGER NOT NULL REFERENCES campaign(id) ON DELETE RESTRICT,
    kind             TEXT NOT NULL CHECK (kind IN ('news', 'article', 'tv_report', 'video_clip', 'trailer', 'banner', 'slogan', 'led_screen', 'other')),
    outlet           TEXT NOT NULL,          -- "VTV8", "Báo Quảng Ngãi"
    producer_id      INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
    title            TEXT,
    published_on     TEXT,
    item_count       INTEGER NOT NULL DEFAULT 1 CHECK (item_count >= 0),
    count_qualifier  TEXT NOT NULL DEFAULT '',
    link             TEXT,
    commissioned     INTEGER NOT NULL DEFAULT 0,
    description      TEXT,                   -- report wording of the channel or purpose
    sort_order       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX media_output_campaign ON media_output(campaign_id);

-- Figures that fit no table: "hơn 4.200 lượt thành viên quét mã QR".
CREATE TABLE campaign_figure (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaign(id) ON DELETE RESTRICT,
    figure_key   TEXT NOT NULL,
    label        TEXT NOT NULL,
    value        INTEGER NOT NULL CHECK (value >= 0),
    qualifier    TEXT NOT NULL DEFAULT '',
    unit_label   TEXT,
    description  TEXT,                       -- report sentence; {figure} stands for "hơn 4.200"
    sort_order   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (campaign_id, figure_key)
);

-- Narrative statements of the report that are not figures, in print order:
-- 'communication' (section II.1), 'other' (II.2), 'recommendations' (the
-- lead-in sentence of section III). Text may mark italics as *…*.
CREATE TABLE campaign_activity (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaign(id) ON DELETE RESTRICT,
    section      TEXT NOT NULL CHECK (section IN ('communication', 'other', 'recommendations')),
    sort_order   INTEGER NOT NULL DEFAULT 0,
    body         TEXT NOT NULL
);

CREATE TABLE recommendation (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaign(id) ON DELETE RESTRICT,
    sort_order   INTEGER NOT NULL DEFAULT 0,
    body         TEXT NOT NULL
);

-- Letterhead settings per issuing body (Decree 30/2020/NĐ-CP, Appendix I,
-- items 2–4): the names are printed in capitals; abbreviations build the
-- symbol; the margins (mm) and body size (pt) are clamped to the decree's ranges.
CREATE TABLE letterhead (
    id                        INTEGER PRIMARY KEY,
    parent_body               TEXT,          -- "UBND TỈNH QUẢNG NGÃI"
    issuing_body              TEXT NOT NULL, -- "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    issuing_body_name         TEXT NOT NULL, -- in running text: "Sở Thông tin và Truyền thông"
    issuing_abbreviation      TEXT NOT NULL, -- "STTTT"
    place_name                TEXT NOT NULL, -- "Quảng Ngãi"
    address_line              TEXT,
    records_unit_abbreviation TEXT,          -- the drafting unit in "Lưu: VT, BCVT&CNTT."
    margin_top_mm             REAL NOT NULL DEFAULT 20,
    margin_bottom_mm          REAL NOT NULL DEFAULT 20,
    margin_left_mm            REAL NOT NULL DEFAULT 30,
    margin_right_mm           REAL NOT NULL DEFAULT 15,
    body_font_pt              INTEGER NOT NULL DEFAULT 14 CHECK (body_font_pt IN (13, 14))
);

CREATE TABLE report (
    id                   INTEGER PRIMARY KEY,
    campaign_id          INTEGER NOT NULL REFERENCES campaign(id) ON DELETE RESTRICT,
    letterhead_id        INTEGER NOT NULL REFERENCES letterhead(id) ON DELETE RESTRICT,
    document_type        TEXT NOT NULL DEFAULT 'BÁO CÁO',
    number               INTEGER CHECK (number IS NULL OR number > 0), -- NULL while a draft
    symbol               TEXT NOT NULL,      -- "BC-STTTT"
    issue_date           TEXT,               -- NULL: day left blank on a draft
    draft_month          INTEGER,            -- month printed on a draft without a date
    subject              TEXT NOT NULL,      -- may hold a line break
    addressees           TEXT,               -- one per line; empty: no "Kính gửi"
    closing_line         TEXT,               -- "Kính báo cáo …/."
    distribution         TEXT NOT NULL,      -- one item per line, the last "Lưu: VT, …"
    signing_authority    TEXT NOT NULL DEFAULT '' CHECK (signing_authority IN ('', 'KT.', 'TM.', 'TL.', 'TUQ.', 'Q.')),
    authority_title      TEXT,               -- the head's title after KT./TM.: "GIÁM ĐỐC"
    signer_position      TEXT NOT NULL,      -- "GIÁM ĐỐC" or "PHÓ GIÁM ĐỐC"
    signer_name          TEXT NOT NULL,
    status               TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued', 'withdrawn')),
    UNIQUE (symbol, number, issue_date)
);

-- Every insert, update and delete, for the change history.
CREATE TABLE change_log (
    id          INTEGER PRIMARY KEY,
    changed_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    table_name  TEXT NOT NULL,
    row_id      INTEGER,
    operation   TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    before_json TEXT,
    after_json  TEXT
);
