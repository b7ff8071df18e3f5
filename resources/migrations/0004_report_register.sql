-- Version 4: the report register. A campaign may have several reports
-- (drafts, issued, withdrawn); each carries its own body template; the
-- records office (văn thư) numbers them per issuing body and year; issuing
-- freezes a report with the exact PDF, the figures and the template version.

-- Named, versioned body templates. Saving under an existing name adds a
-- version; a version is never changed, so an issued report can name it.
CREATE TABLE report_template (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    version     INTEGER NOT NULL CHECK (version > 0),
    subject     TEXT NOT NULL DEFAULT '',   -- Mustache: "Về hưởng ứng {{campaign.name}}"
    body        TEXT NOT NULL,              -- Mustache over the report markup (ReportTemplate.h)
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    source_report_id INTEGER REFERENCES report(id) ON DELETE SET NULL,
    UNIQUE (name, version)
);

CREATE TRIGGER report_template_versions_are_frozen
BEFORE UPDATE OF name, version, subject, body ON report_template
BEGIN
    SELECT RAISE(ABORT, 'report template versions cannot be changed; save a new version');
END;

-- The report's own wording: empty means the default template. register_year
-- is the year of the records office's register the number was taken from.
ALTER TABLE report ADD COLUMN body TEXT NOT NULL DEFAULT '';
ALTER TABLE report ADD COLUMN template_id INTEGER REFERENCES report_template(id) ON DELETE SET NULL;
ALTER TABLE report ADD COLUMN register_year INTEGER;
ALTER TABLE report ADD COLUMN created_at TEXT;
ALTER TABLE report ADD COLUMN issued_at TEXT;
ALTER TABLE report ADD COLUMN withdrawn_at TEXT;
ALTER TABLE report ADD COLUMN withdrawal_reason TEXT;
-- 1: the report carries the appendix listing the teams per unit with their members.
ALTER TABLE report ADD COLUMN appendix_teams INTEGER NOT NULL DEFAULT 0;

-- Numbers restart every year and are unique within a year of one issuing body
-- (Decree 30/2020/NĐ-CP, Article 15); withdrawn reports keep theirs.
CREATE UNIQUE INDEX report_register_number
    ON report(letterhead_id, register_year, number) WHERE number IS NOT NULL;
CREATE INDEX report_campaign ON report(campaign_id);

-- What was issued, exactly: the PDF (PDF/A-1b) bytes, the document as laid
-- out (JSON), the figures it printed (JSON) and the template it came from.
CREATE TABLE report_snapshot (
    report_id         INTEGER PRIMARY KEY REFERENCES report(id) ON DELETE RESTRICT,
    issued_at         TEXT NOT NULL,
    pdf               BLOB NOT NULL,
    pdf_sha256        TEXT NOT NULL,
    document_json     TEXT NOT NULL,
    figures_json      TEXT NOT NULL,
    template_name     TEXT,
    template_version  INTEGER,
    body              TEXT NOT NULL         -- the template text as issued
);

-- A snapshot is written once, for a numbered draft, and never changed.
CREATE TRIGGER report_snapshot_only_for_numbered_drafts
BEFORE INSERT ON report_snapshot
WHEN (SELECT status FROM report WHERE id = NEW.report_id) IS NOT 'draft'
  OR (SELECT number FROM report WHERE id = NEW.report_id) IS NULL
BEGIN
    SELECT RAISE(ABORT, 'only a numbered draft report can be issued');
END;

CREATE TRIGGER report_snapshot_no_update
BEFORE UPDATE ON report_snapshot
BEGIN
    SELECT RAISE(ABORT, 'an issued report cannot be changed');
END;

CREATE TRIGGER report_snapshot_no_delete
BEFORE DELETE ON report_snapshot
BEGIN
    SELECT RAISE(ABORT, 'an issued report cannot be deleted');
END;

-- An issued or withdrawn report is frozen: only withdrawing it (status,
-- withdrawn_at, withdrawal_reason) may change its row.
CREATE TRIGGER report_issued_is_frozen
BEFORE UPDATE ON report
WHEN OLD.status <> 'draft' AND (
       NEW.campaign_id IS NOT OLD.campaign_id OR NEW.letterhead_id IS NOT OLD.letterhead_id
    OR NEW.document_type IS NOT OLD.document_type OR NEW.number IS NOT OLD.number
    OR NEW.symbol IS NOT OLD.symbol OR NEW.issue_date IS NOT OLD.issue_date
    OR NEW.draft_month IS NOT OLD.draft_month OR NEW.subject IS NOT OLD.subject
    OR NEW.addressees IS NOT OLD.addressees OR NEW.closing_line IS NOT OLD.closing_line
    OR NEW.distribution IS NOT OLD.distribution OR NEW.signing_authority IS NOT OLD.signing_authority
    OR NEW.authority_title IS NOT OLD.authority_title OR NEW.signer_position IS NOT OLD.signer_position
    OR NEW.signer_name IS NOT OLD.signer_name OR NEW.body IS NOT OLD.body
    OR NEW.template_id IS NOT OLD.template_id OR NEW.register_year IS NOT OLD.register_year
    OR NEW.created_at IS NOT OLD.created_at OR NEW.issued_at IS NOT OLD.issued_at
    OR NEW.appendix_teams IS NOT OLD.appendix_teams)
BEGIN
    SELECT RAISE(ABORT, 'an issued report cannot be edited');
END;

-- The only ways forward: draft -> issued (with its snapshot), issued ->
-- withdrawn (with a reason). Nothing goes back to draft.
CREATE TRIGGER report_status_changes
BEFORE UPDATE OF status ON report
WHEN NEW.status IS NOT OLD.status AND NOT (
       (OLD.status = 'draft' AND NEW.status = 'issued'
        AND EXISTS (SELECT 1 FROM report_snapshot s WHERE s.report_id = NEW.id))
    OR (OLD.status = 'issued' AND NEW.status = 'withdrawn'
        AND length(trim(COALESCE(NEW.withdrawal_reason, ''))) > 0))
BEGIN
    SELECT RAISE(ABORT, 'a report goes only from draft to issued (with its snapshot) and from issued to withdrawn (with a reason)');
END;

CREATE TRIGGER report_withdrawn_is_final
BEFORE UPDATE ON report
WHEN OLD.status = 'withdrawn'
BEGIN
    SELECT RAISE(ABORT, 'a withdrawn report cannot be changed');
END;

CREATE TRIGGER report_issued_not_deleted
BEFORE DELETE ON report
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'an issued report cannot be deleted; withdraw it instead');
END;

-- Signers the clerk picks from (items 20–23 of Appendix I).
CREATE TABLE signer_preset (
    id                 INTEGER PRIMARY KEY,
    letterhead_id      INTEGER NOT NULL REFERENCES letterhead(id) ON DELETE CASCADE,
    signing_authority  TEXT NOT NULL DEFAULT '' CHECK (signing_authority IN ('', 'KT.', 'TM.', 'TL.', 'TUQ.', 'Q.')),
    authority_title    TEXT,
    signer_position    TEXT NOT NULL,
    signer_name        TEXT NOT NULL,
    sort_order         INTEGER NOT NULL DEFAULT 0
);
