-- Version 5: searching the members list by any part of a name, phone number
-- or workplace without reading every member. An FTS5 index with the trigram
-- tokenizer over member.search_key (RecordKeys.h: lower case, no
-- diacritics), holding no copy of the text (external content). A typed
-- word of three characters or more is found through it; shorter words
-- still use LIKE (RecordListModel).
--
-- search_key is written by the application right after a member is
-- inserted or changed (keys::refreshRow), hence the trigger on UPDATE OF
-- search_key. The change log leaves this table and its shadow tables out
-- (ChangeLog.cpp): it is derived from member.
CREATE VIRTUAL TABLE member_search USING fts5(
    search_key, content = 'member', content_rowid = 'id', tokenize = 'trigram');

INSERT INTO member_search(member_search) VALUES ('rebuild');

CREATE TRIGGER member_search_insert AFTER INSERT ON member
BEGIN
    INSERT INTO member_search(rowid, search_key) VALUES (NEW.id, NEW.search_key);
END;

CREATE TRIGGER member_search_delete AFTER DELETE ON member
BEGIN
    INSERT INTO member_search(member_search, rowid, search_key) VALUES ('delete', OLD.id, OLD.search_key);
END;

CREATE TRIGGER member_search_update AFTER UPDATE OF search_key ON member
BEGIN
    INSERT INTO member_search(member_search, rowid, search_key) VALUES ('delete', OLD.id, OLD.search_key);
    INSERT INTO member_search(rowid, search_key) VALUES (NEW.id, NEW.search_key);
END;
