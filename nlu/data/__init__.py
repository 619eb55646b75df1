"""The labelled corpus and its fixed train/dev/test split."""
