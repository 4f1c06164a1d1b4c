"""Training-for-trainers modules: versioned module pages, their review, delivery kits and privacy."""
