"""Customer search behind one interface (`CustomerSearch`).

`IndexedCustomerSearch` (in-memory per-organisation indexes, kept fresh across processes) is
what the app uses; `BasicCustomerSearch` reads every name on each call and serves as a
reference. Import the indexed one from `crm_store.search.indexed` (it pulls in numpy).
"""

from crm_store.search.base import CustomerMatch, CustomerSearch
from crm_store.search.basic import BasicCustomerSearch
from crm_store.search.normalize import normalize_name

__all__ = ["BasicCustomerSearch", "CustomerMatch", "CustomerSearch", "normalize_name"]
