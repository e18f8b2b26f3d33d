from tests.helpers import parse


def test_arabic_home_renders_rtl(client):
    response = client.get("/ar/")
    assert response.status_code == 200
    assert parse(response).html_attrs == {"lang": "ar", "dir": "rtl"}
