#!/usr/bin/python3
"""Validates a DDAS delivery against the DDAS Uitwisselmodel JSON schema (draft 2020-12).

Usage: validate_ddas.py SCHEMA FILE
Exit status: 0 valid, 1 invalid (every problem printed as PATH: message), 2 unusable arguments.

Formats are checked too, with this script's own checks for "date" and "date-time":
python3-jsonschema 4.10 checks "date-time" only when the optional rfc3339-validator package is
installed (Debian does not package it), and its "date" check uses date.fromisoformat, which on
Python 3.11 also accepts "20250105" and "2025-W01-1" where DDAS means YYYY-MM-DD.
"""
import datetime
import json
import re
import sys

from jsonschema import Draft202012Validator, FormatChecker

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RFC3339 = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def is_date(text):
    if not isinstance(text, str):
        return True  # formats only constrain strings
    if not DATE.match(text):
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def is_date_time(text):
    if not isinstance(text, str):
        return True  # formats only constrain strings
    match = RFC3339.match(text)
    if not match:
        return False
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    try:
        datetime.datetime(year, month, day, hour, minute, min(second, 59))  # 60: leap second
    except ValueError:
        return False
    return second <= 60


def format_checker():
    checker = FormatChecker()
    checker.checks("date")(is_date)
    checker.checks("date-time")(is_date_time)
    return checker


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    schema_path, file_path = argv[1], argv[2]
    try:
        with open(schema_path, encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
    except (OSError, ValueError) as e:
        print(f"{schema_path}: unusable schema: {e}", file=sys.stderr)
        return 2
    try:
        with open(file_path, encoding="utf-8") as f:
            document = json.load(f)
    except (OSError, ValueError) as e:
        print(f"{file_path}: not readable JSON: {e}")
        return 1
    validator = Draft202012Validator(schema, format_checker=format_checker())
    errors = sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path])
    for error in errors:
        path = "/".join(str(p) for p in error.absolute_path) or "(root)"
        print(f"{path}: {error.message}")
    if not errors:
        print(f"{file_path}: valid")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
