"""The loading side: load each format, compare outputs under the tolerance policy, resume
training and classify where it departs. Exceptions become statuses here, in one place."""
