import { AuditLog } from './AuditLog'
import { Benefits } from './Benefits'
import { Clusters } from './Clusters'
import { Contacts } from './Contacts'
import { Deliveries } from './Deliveries'
import { Erasures } from './Erasures'
import { Events } from './Events'
import { Experts } from './Experts'
import { JoinRequests } from './JoinRequests'
import { Media } from './Media'
import { News } from './News'
import { Newsletters } from './Newsletters'
import { Partners } from './Partners'
import { Registrations } from './Registrations'
import { RetentionRuns } from './RetentionRuns'
import { Subscribers } from './Subscribers'
import { Users } from './Users'
import { WebhookDeliveries } from './WebhookDeliveries'

export const collections = [
  News,
  Events,
  Registrations,
  Clusters,
  Experts,
  Contacts,
  Benefits,
  JoinRequests,
  Media,
  Newsletters,
  Subscribers,
  Deliveries,
  Users,
  Partners,
  WebhookDeliveries,
  Erasures,
  AuditLog,
  RetentionRuns,
]
