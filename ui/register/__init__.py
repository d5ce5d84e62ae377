"""The register page: producers, production groups, their products and photos."""
