import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { escapeHtml } from '@/email/html'
import { label, translate } from '@/i18n'
import { isLocale, locales, type Locale } from '@/i18n/locales'
import { clusterIds, updatePreferences } from '@/newsletter/subscriptions'
import type { Subscriber } from '@/payload-types'
import { clientErrorResponse } from '@/platform/problems'

import { answer, formAction, subscriberLinkEndpoint } from './pages'

/** GET: the subscriber's language and clusters (a form, or JSON); POST: change them. */
export const manageEndpoints: Endpoint[] = [
  subscriberLinkEndpoint(
    '/newsletter/manage',
    'get',
    'manage',
    'page.manage.title',
    (req, subscriber) => showPreferences(req, subscriber, ''),
  ),
  subscriberLinkEndpoint(
    '/newsletter/manage',
    'post',
    'manage',
    'page.manage.title',
    async (req, subscriber) => {
      const { locale, clusters } = await readPreferences(req)
      if (!isLocale(locale)) return clientErrorResponse(req.headers, 'api.badLanguage')
      const ids = await clusterIds(req.payload, clusters)
      if ('unknown' in ids) {
        return clientErrorResponse(req.headers, 'api.unknownClusters', {
          value: ids.unknown.join(', '),
        })
      }
      await updatePreferences(req.payload, subscriber, { locale, clusters: ids })
      const updated = { ...subscriber, locale, clusters: ids }
      return showPreferences(req, updated, translate(locale, 'page.manage.saved'))
    },
  ),
]

async function readPreferences(
  req: PayloadRequest,
): Promise<{ locale: unknown; clusters: string[] }> {
  if ((req.headers.get('content-type') ?? '').includes('json')) {
    const body = ((await req.json?.()) ?? {}) as { locale?: unknown; clusters?: unknown }
    const clusters = Array.isArray(body.clusters)
      ? body.clusters.filter((c) => typeof c === 'string')
      : []
    return { locale: body.locale, clusters }
  }
  const form = new URLSearchParams(await req.text?.())
  return { locale: form.get('locale'), clusters: form.getAll('clusters') }
}

async function showPreferences(req: PayloadRequest, subscriber: Subscriber, notice: string) {
  const locale = subscriber.locale
  const chosen = (subscriber.clusters ?? []).map((c) => (typeof c === 'object' ? c.id : c))
  const all = await allClusters(req.payload, locale)
  const slugs = all.filter((cluster) => chosen.includes(cluster.id)).map((cluster) => cluster.slug)
  if ((req.headers.get('accept') ?? '').includes('application/json')) {
    return Response.json({ email: subscriber.email, locale, clusters: slugs })
  }
  return answer(req as Request, locale, {
    status: 200,
    title: 'page.manage.title',
    message: notice || subscriber.email,
    form: preferencesForm(formAction(req, 'manage'), locale, all, chosen),
  })
}

const allClusters = async (payload: Payload, locale: Locale) =>
  (
    await payload.find({
      collection: 'clusters',
      locale,
      limit: 50,
      depth: 0,
      select: { name: true, slug: true },
    })
  ).docs

function preferencesForm(
  action: string,
  locale: Locale,
  clusters: { id: number; name: string; slug: string }[],
  chosen: number[],
): string {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key)
  const languages = locales
    .map(
      (code) =>
        `<label style="display:block"><input type="radio" name="locale" value="${code}"${code === locale ? ' checked' : ''}> ${escapeHtml(label(`language.${code}`)[code])}</label>`,
    )
    .join('')
  const boxes = clusters
    .map(
      (cluster) =>
        `<label style="display:block"><input type="checkbox" name="clusters" value="${escapeHtml(cluster.slug)}"${chosen.includes(cluster.id) ? ' checked' : ''}> ${escapeHtml(cluster.name)}</label>`,
    )
    .join('')
  return `<form method="post" action="${escapeHtml(action)}">
<fieldset style="border:0;padding:0;margin:16px 0"><legend style="font-weight:bold">${escapeHtml(t('page.manage.language'))}</legend>${languages}</fieldset>
<fieldset style="border:0;padding:0;margin:16px 0"><legend style="font-weight:bold">${escapeHtml(t('page.manage.clusters'))}</legend>${boxes}</fieldset>
<p><button type="submit" style="background:#0b4f8a;color:#ffffff;padding:12px 20px;border:0;border-radius:4px;font-size:16px;font-weight:bold">${escapeHtml(t('page.manage.save'))}</button></p>
</form>`
}
