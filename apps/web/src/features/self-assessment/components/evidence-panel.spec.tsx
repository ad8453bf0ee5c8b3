import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient, Providers } from '../../../app/providers';
import { PERIOD_ID } from '../test/fixtures';
import { signedIn } from '../../../test/fake-api';
import { FakeXhr, problemBody } from '../../../test/fake-xhr';
import type { Evidence } from '../api/types';
import { EvidencePanel } from './evidence-panel';

const stored: Evidence = {
  id: '44444444-4444-4444-8444-444444444444',
  fileName: 'ke-hoach.pdf',
  mime: 'application/pdf',
  size: 2048,
  sha256: 'ab',
  stage: 'self',
  uploadedBy: 'stp.canbo',
  uploadedAt: '2026-11-20T03:00:00.000Z',
  url: '/api/v1/evidence/44444444-4444-4444-8444-444444444444',
};

function renderPanel(onChanged = vi.fn()) {
  render(
    <Providers client={createQueryClient()} language="vi">
      <EvidencePanel
        leaf={{ periodId: PERIOD_ID, unitCode: 'STP', leafCode: '1.1' }}
        subject="1.1 Ban hành kế hoạch"
        evidence={[stored]}
        stage="self"
        onChanged={onChanged}
      />
    </Providers>,
  );
  return onChanged;
}

async function choose(name: string) {
  const input = screen.getByLabelText('Tải lên tài liệu — 1.1 Ban hành kế hoạch', { selector: 'input' });
  fireEvent.change(input, { target: { files: [new File(['%PDF-1.7'], name, { type: 'application/pdf' })] } });
  await waitFor(() => expect(FakeXhr.sent.length).toBeGreaterThan(0));
  return FakeXhr.sent.at(-1)!;
}

describe('Evidence upload', () => {
  beforeEach(() => {
    FakeXhr.sent = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    signedIn();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends the file with the bearer token, shows its progress, and says when the content was already stored', async () => {
    const onChanged = renderPanel();
    const xhr = await choose('bien-ban.pdf');
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe(`/api/v1/periods/${PERIOD_ID}/assessments/STP/items/1.1/evidence`);
    expect(xhr.headers.Authorization).toBe('Bearer access-1');
    expect(((xhr.body as FormData).get('file') as File).name).toBe('bien-ban.pdf');

    act(() => xhr.progress(512, 1024));
    expect(await screen.findByText('Đang tải lên 50%')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Tiến độ tải lên' }).getAttribute('value')).toBe('50');

    act(() => xhr.respond(201, { ...stored, id: 'new', fileName: 'bien-ban.pdf', deduplicated: true }));
    expect(await screen.findByText(/nội dung trùng với một tệp đã lưu/)).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(onChanged).toHaveBeenCalled();
  });

  it('explains a file too large with the limit, and a wrong type', async () => {
    renderPanel();
    const big = await choose('scan.pdf');
    act(() => big.respond(413, problemBody(413, 'EVIDENCE_TOO_LARGE', { maxBytes: 20 * 1024 * 1024 })));
    expect(await screen.findByText(/Tệp quá lớn: tối đa 20 MB mỗi tệp/)).toBeTruthy();

    const exe = await choose('tool.pdf');
    act(() =>
      exe.respond(
        415,
        problemBody(415, 'EVIDENCE_TYPE_NOT_ALLOWED', {
          detail: 'nội dung "tool.pdf" không phải PDF, Office, ảnh hay ZIP',
        }),
      ),
    );
    expect(
      await screen.findByText(/Loại tệp không được chấp nhận \(nội dung "tool.pdf" không phải PDF/),
    ).toBeTruthy();
  });
});
