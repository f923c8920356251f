const weights = [7, 9, 10, 5, 8, 4, 2]

export type BusinessIdCheck = 'valid' | 'format' | 'checkDigit'

/**
 * A Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit. The digits are
 * weighted 7, 9, 10, 5, 8, 4, 2 and summed; remainder 0 gives check digit 0, remainder 1 is
 * never issued, otherwise the check digit is 11 − remainder. Old six-digit IDs are written
 * with a leading zero.
 */
export function checkBusinessId(value: string): BusinessIdCheck {
  const match = /^(\d{7})-(\d)$/.exec(value)
  if (!match) return 'format'
  const [, digits, check] = match
  const remainder =
    [...digits!].reduce((sum, digit, i) => sum + Number(digit) * weights[i]!, 0) % 11
  if (remainder === 1) return 'checkDigit'
  return (remainder === 0 ? 0 : 11 - remainder) === Number(check) ? 'valid' : 'checkDigit'
}
