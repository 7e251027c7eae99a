-- Comparisons read one indicator across every region; report lists count figures by status per report.
-- Without these, both scan every figure of the workspace (half a million in a decade of county reports).
CREATE INDEX figure_by_indicator ON figure (indicator, fig_year);
CREATE INDEX figure_by_report_status ON figure (report_id, status);
