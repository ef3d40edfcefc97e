"""Customer search behind one interface (`CustomerSearch`)."""

from crm_store.search.base import CustomerMatch, CustomerSearch
from crm_store.search.basic import BasicCustomerSearch
from crm_store.search.normalize import normalize_name

__all__ = ["BasicCustomerSearch", "CustomerMatch", "CustomerSearch", "normalize_name"]
