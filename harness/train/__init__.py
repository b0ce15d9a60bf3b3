"""Training a case the same way in every environment: a case's model, inputs and training
plan (materialize), the data stream addressed by position, the loop, and the RNG states a
resume restores."""
