export type PrivacyNoticeLinkProps = { href: string; text: string }

/** Under a form's consent: the privacy notice of the people who fill that form in. */
export function PrivacyNoticeLink({ href, text }: PrivacyNoticeLinkProps) {
  return (
    <p className="help">
      <a href={href}>{text}</a>
    </p>
  )
}
