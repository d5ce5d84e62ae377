"""The "Lots and labels" page: lots of certified product, label jobs, spoilage and stock."""
