"""A sleeper's files: the journal's and the measured nights', read and written by the coach."""
