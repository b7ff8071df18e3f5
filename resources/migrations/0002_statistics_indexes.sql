-- Version 2: indexes for the statistics and report queries (checked with
-- EXPLAIN QUERY PLAN): current members per team, a campaign's main event,
-- media outputs and activities in print order.
CREATE INDEX team_member_current ON team_member(team_id) WHERE left_on IS NULL;
CREATE INDEX event_campaign_main ON event(campaign_id, is_main_event, sort_order);
CREATE INDEX media_output_campaign_order ON media_output(campaign_id, sort_order);
CREATE INDEX campaign_activity_campaign ON campaign_activity(campaign_id, section, sort_order);
CREATE INDEX training_session_campaign_date ON training_session(campaign_id, start_date);
