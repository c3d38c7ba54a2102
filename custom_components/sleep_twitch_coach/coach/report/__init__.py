"""The doctor report: its model, its Markdown and the journal's export."""
