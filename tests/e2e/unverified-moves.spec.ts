import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  jsonBytes,
  parseBytes,
  rewritePackage,
} from '../../electron/node/package/testing/rewrite-package';
import { expect, test } from '../fixtures/copydesk-test';
import { ReviewDesk } from '../pages/review-desk';
import { StatusWorkflow } from '../pages/status-workflow';

const headline = 'Crue du fleuve à Kayes';

/** The package with a publication nobody signed added to its history, claimed by a chief editor. */
const claimPublication = (path: string): string => {
  const crafted = rewritePackage(readFileSync(path), (entries) => {
    const article = parseBytes(entries['article.json']);
    const history = parseBytes(entries['history.json']);
    const log = history.statusLog as Record<string, unknown>[];
    const claim: Record<string, unknown> = {
      ...log.at(-1),
      by: 'Mme Sall',
      role: 'chief_editor',
      note: '',
    };
    delete claim.signature;
    history.statusLog = [
      ...log,
      { ...claim, from: 'submitted', to: 'approved' },
      { ...claim, from: 'approved', to: 'published' },
    ];
    article.status = 'published';
    entries['history.json'] = jsonBytes(history);
    entries['article.json'] = jsonBytes(article);
  });
  const target = path.replace(/\.copydesk$/, '-claimed.copydesk');
  writeFileSync(target, crafted);
  return target;
};

test('a claimed publication arrives as a draft with moves claimed, not verified, which an editor confirms', async ({
  app: reporter,
  server: reporterServer,
  colleague: editor,
}) => {
  await reporter.open();
  await new StatusWorkflow(reporter).setProfile('Awa Diop', 'Reporter');
  await reporter.createArticle(headline, 'Le niveau du fleuve monte.');
  await new StatusWorkflow(reporter).move('Submit', 'Submitted');
  await new ReviewDesk(reporter).sendForReview();
  const crafted = claimPublication(
    join(reporterServer.folders.exports, 'crue-du-fleuve-a-kayes.copydesk'),
  );

  await editor.open();
  const workflow = new StatusWorkflow(editor);
  const review = new ReviewDesk(editor);
  await workflow.setProfile('Chef Ndiaye', 'Editor');
  await review.importPackage(crafted, 'Added');
  await expect(review.importReport).toContainText('3 status changes could not be verified');
  await expect(review.importReport).toContainText('Signed by Awa Diop (Reporter)');
  await editor.openArticle(headline);
  await expect(workflow.current).toHaveText('Draft');

  await workflow.historyButton('Status history').click();
  const entries = workflow.history('Status history').getByRole('listitem');
  await expect(entries).toHaveText([
    /^Awa Diop .*Created → Draft/,
    /^Claimed by Awa Diop \(Reporter\), not verified .*Draft → Submitted.*does not trust yet/,
    /^Claimed by Mme Sall \(Chief editor\), not verified .*Submitted → Approved.*Not signed\./,
    /^Claimed by Mme Sall \(Chief editor\), not verified .*Approved → Published.*Not signed\./,
  ]);
  const confirm = editor.page.getByRole('button', { name: 'Confirm this move', exact: true });
  await expect(confirm).toHaveCount(1);
  await confirm.click();
  await expect(workflow.current).toHaveText('Submitted');
  await expect(entries).toHaveText([
    /^Awa Diop .*Created → Draft/,
    /^Chef Ndiaye \(Editor\) .*Draft → Submitted/,
    /^Claimed by Mme Sall \(Chief editor\), not verified .*Submitted → Approved/,
    /^Claimed by Mme Sall \(Chief editor\), not verified .*Approved → Published/,
  ]);
});
