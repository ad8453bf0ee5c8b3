#!/bin/sh
# One-shot (service minio-init): the evidence bucket, and a user for the API that may only read, write,
# list and delete objects in that bucket. The root credentials never leave this container and MinIO.
set -eu
: "${S3_ACCESS_KEY_ID:?set S3_ACCESS_KEY_ID}"
: "${S3_SECRET_ACCESS_KEY:?set S3_SECRET_ACCESS_KEY}"
bucket="${S3_BUCKET:-par-evidence}"
mc alias set local http://minio:9000 "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD"
mc mb --ignore-existing "local/$bucket"
cat > /tmp/par-evidence-policy.json <<JSON
{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": ["s3:ListBucket", "s3:GetBucketLocation"], "Resource": ["arn:aws:s3:::$bucket"] },
    { "Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"], "Resource": ["arn:aws:s3:::$bucket/*"] }
  ]
}
JSON
mc admin policy create local par-evidence-api /tmp/par-evidence-policy.json
mc admin user add local "$S3_ACCESS_KEY_ID" "$S3_SECRET_ACCESS_KEY"
mc admin policy attach local par-evidence-api --user "$S3_ACCESS_KEY_ID" || true # already attached
echo "minio-init: bucket $bucket and API user ready"
