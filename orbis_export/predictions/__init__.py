"""Models in the loop (issue 16): what a model suggested, what a person did with it, and the suggestions themselves
as documents signed by a DID of the model version."""
