"""The strategy plan: plans tree, platform strategies, pillars, objectives, research, health."""
