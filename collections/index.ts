import { Clusters } from './Clusters'
import { Contacts } from './Contacts'
import { Experts } from './Experts'
import { Media } from './Media'
import { News } from './News'
import { Users } from './Users'

export const collections = [News, Clusters, Experts, Contacts, Media, Users]
