"""One small repository module per aggregate; reach them through `crm_store.store.Store`."""
