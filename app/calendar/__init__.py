"""The content calendar: posts from idea through production and review to published,
campaigns, key dates and the plan-vs-schedule view (the service bundle: ``service.py``)."""
