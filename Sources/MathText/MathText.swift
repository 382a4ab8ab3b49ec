// MathText module
