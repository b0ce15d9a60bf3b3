"""What a model under test is: a spec (plain JSON) with its training recipe, the vocabularies
they are drawn from (layer kinds; optimizers and schedulers), the module built from it, the
default population, and a case (a spec or a user's factory)."""
