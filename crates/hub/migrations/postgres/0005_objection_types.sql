-- Which objection types a CCG's pilot offers, set with its window: 'type1' or 'type1,type2' (both until set).
ALTER TABLE windows ADD COLUMN objection_types TEXT NOT NULL DEFAULT 'type1,type2';
