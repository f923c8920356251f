import { Clusters } from './Clusters'
import { Contacts } from './Contacts'
import { Deliveries } from './Deliveries'
import { Experts } from './Experts'
import { Media } from './Media'
import { News } from './News'
import { Newsletters } from './Newsletters'
import { Subscribers } from './Subscribers'
import { Users } from './Users'

export const collections = [
  News,
  Clusters,
  Experts,
  Contacts,
  Media,
  Newsletters,
  Subscribers,
  Deliveries,
  Users,
]
