"""What a model under test is: a spec (plain JSON), the vocabulary it is drawn from, the
module built from it, the default population, and a case (a spec or a user's factory)."""
