"""Demo content of the programme, loaded by `manage.py load_demo`."""
