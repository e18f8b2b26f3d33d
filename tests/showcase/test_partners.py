"""Partners: grouped by kind; one partner–innovation relation shown from both sides."""

import re

import pytest

from showcase.models import InnovationPage, PartnerKind, PartnerPage
from tests.factories import InnovationFactory, PartnerFactory, PartnerIndexFactory, ShowcaseIndexFactory
from tests.helpers import url_in


@pytest.fixture
def partners_index(bare_home):
    return PartnerIndexFactory(parent=bare_home)


@pytest.fixture
def partners(partners_index):
    kinds = ("company", "individual", "government", "company")
    return [PartnerFactory(parent=partners_index, kind=kind) for kind in kinds]


@pytest.fixture
def partner(bare_home, partners):
    """A partner with two innovations of the four; one of them has a second partner."""
    partner, other = partners[0], partners[1]
    showcase = ShowcaseIndexFactory(parent=bare_home)
    InnovationFactory(parent=showcase, partners=[partner])
    InnovationFactory(parent=showcase, partners=[partner, other])
    InnovationFactory(parent=showcase, partners=[other])
    InnovationFactory(parent=showcase)
    return partner


@pytest.mark.parametrize("language", ["ar", "en"])
def test_partner_page_lists_its_innovations(client, partner, language):
    body = client.get(url_in(partner, language)).content.decode()
    innovations = InnovationPage.objects.live().filter(partners=partner)
    assert innovations.exists()
    for innovation in innovations:
        assert url_in(innovation, language) in body
    for other in InnovationPage.objects.live().exclude(partners=partner):
        assert url_in(other, language) not in body


@pytest.mark.parametrize("language", ["ar", "en"])
def test_innovation_page_lists_its_partners(client, partner, language):
    innovation = InnovationPage.objects.live().filter(partners=partner).first()
    body = client.get(url_in(innovation, language)).content.decode()
    assert url_in(partner, language) in body


def test_linking_from_the_innovation_shows_on_the_partner(client, partner):
    innovation = InnovationPage.objects.live().exclude(partners=partner).first()
    assert url_in(innovation, "en") not in client.get(url_in(partner, "en")).content.decode()
    innovation.partners.add(partner)
    innovation.save_revision().publish()
    assert url_in(innovation, "en") in client.get(url_in(partner, "en")).content.decode()


@pytest.mark.parametrize("language", ["ar", "en"])
def test_index_groups_partners_by_kind_in_order(client, partners_index, partners, language):
    index = partners_index
    body = client.get(url_in(index, language)).content.decode()
    group_ids = re.findall(r'<h2 id="kind-([a-z]+)">', body)
    kinds_present = set(PartnerPage.objects.live().values_list("kind", flat=True))
    assert group_ids == [kind.value for kind in PartnerKind if kind.value in kinds_present]
    government = body.split('id="kind-government"')[1].split("<h2")[0]
    ministry = next(partner for partner in partners if partner.kind == "government")
    assert url_in(ministry, language) in government
