"""Training a case the same way in every environment: the optimizer and scheduler registries,
the data stream addressed by position, the loop, and the RNG states a resume restores."""
