"""Language data and text normalisation: detection, spaCy blank tokenisers, lexicons."""
