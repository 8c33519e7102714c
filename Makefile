PYTHON ?= .venv/bin/python

.PHONY: eval

# Score faits on every gold set present (../shared/eval, data/gold/*.jsonl) and rewrite the
# "Accuracy" section of docs/benchmarks.md.
eval:
	$(PYTHON) scripts/benchmarks_page.py
