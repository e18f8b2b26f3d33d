from django.db import models


class PasswordResetRequest(models.Model):
    """One request for a password-reset e-mail, counted against per-address and per-account limits.

    Kept in the database, like the login lockouts, so a cache outage cannot lift the limit. The
    account is stored as a digest of the e-mail address entered, never the address itself.
    """

    address = models.GenericIPAddressField()
    account = models.CharField(max_length=64)
    requested_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        indexes = [models.Index(fields=["address", "requested_at"]), models.Index(fields=["account"])]

    def __str__(self):
        return f"{self.address} {self.requested_at:%Y-%m-%d %H:%M}"
