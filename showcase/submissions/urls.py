from django.urls import path

from showcase.submissions import views

# Included inside i18n_patterns: /ar/submit-innovation/…, /en/submit-innovation/…
urlpatterns = [
    path("submit-innovation/", views.submit_innovation, name="submit_innovation"),
    path("submit-innovation/thanks/", views.thanks, name="submission_thanks"),
    path("submit-innovation/privacy/", views.privacy, name="submission_privacy"),
]
