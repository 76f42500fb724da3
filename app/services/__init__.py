"""Services: plain-Python operations on the database, one module per tab.

Services own their sessions and transactions, take plain arguments and return frozen
dataclasses; callers never see a SQLAlchemy session or ORM object.
"""
