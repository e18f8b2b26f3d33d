"""The uploads half through an S3 bucket (a moto server on loopback): restore the round trip's
archive into an empty bucket, then back up from that bucket, through Django's storage API."""

import hashlib
import socket
import tarfile

import boto3
import pytest
from moto.server import ThreadedMotoServer

from tests.backups.throwaway import ThrowawaySite

BUCKET = "ihc-restored-uploads"
SECRET = "s3-secret-never-in-a-manifest-91c4"  # noqa: S105 (moto accepts any credentials)

SETTINGS = """
from config.test_settings import *  # noqa: F403

STORAGES = {{
    **STORAGES,  # noqa: F405
    "default": {{
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {{
            "bucket_name": "{bucket}",
            "endpoint_url": "{endpoint}",
            "access_key": "testing",
            "secret_key": "{secret}",
            "region_name": "us-east-1",
        }},
    }},
}}
"""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def bucket():
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id="testing",
        aws_secret_access_key=SECRET,
        region_name="us-east-1",
    )
    client.create_bucket(Bucket=BUCKET)
    try:
        yield endpoint, client
    finally:
        server.stop()


def objects(client):
    pages = client.get_paginator("list_objects_v2").paginate(Bucket=BUCKET)
    names = [item["Key"] for page in pages for item in page.get("Contents", [])]
    return {name: client.get_object(Bucket=BUCKET, Key=name)["Body"].read() for name in names}


def test_uploads_round_trip_through_a_bucket(round_trip, bucket, tmp_path):
    endpoint, client = bucket
    settings_file = tmp_path / "bucket_settings.py"
    settings_file.write_text(SETTINGS.format(bucket=BUCKET, endpoint=endpoint, secret=SECRET))
    extra_env = {"PYTHONPATH": str(tmp_path)}
    site = ThrowawaySite(tmp_path / "site", "restore", settings_module="bucket_settings", extra_env=extra_env)
    try:
        site.restore(round_trip.archive)
        assert objects(client) == round_trip.source.media_files()  # byte for byte, every name
        assert site.media_files() == {}  # nothing went to the local folder

        backup = site.backup(tmp_path / "archives")
        (archive,) = (tmp_path / "archives").iterdir()
        with tarfile.open(archive) as tar:
            manifest = tar.extractfile("manifest.json").read().decode()
            files = {
                member.name.removeprefix("media/"): hashlib.sha256(tar.extractfile(member).read()).hexdigest()
                for member in tar.getmembers()
                if member.name.startswith("media/")
            }
        assert files == {entry["name"]: entry["sha256"] for entry in round_trip.manifest["files"]}
        assert "storages.backends.s3.S3Storage" in manifest
        assert SECRET not in manifest + backup.stdout + backup.stderr
    finally:
        site.drop()
