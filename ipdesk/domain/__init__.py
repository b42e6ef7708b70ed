"""Domain vocabulary: enumerations, reporting periods and value rules shared by every layer."""
