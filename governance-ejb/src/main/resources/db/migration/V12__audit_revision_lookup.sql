-- The administrator's view of the changes of a day or of a person reads the audit revisions by time and by user.

create index audit_revision_time_ix on audit_revision (revision_time);
create index audit_revision_user_ix on audit_revision (username, revision_time);
