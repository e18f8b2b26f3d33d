from django.apps import AppConfig


class ServingConfig(AppConfig):
    name = "serving"
    verbose_name = "Serving"

    def ready(self):
        # Every process that can save content (app servers, the release step, the demo
        # loader) must tell the app servers to forget what they memoised.
        from serving import shared  # noqa: F401  (connects its signal receivers)
