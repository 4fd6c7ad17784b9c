Así ha dicho Jehová, dice Jehová. Y dirás: ¿Hasta cuándo nos amáis? ¿No hermano de Esaú á Jacob? Así ha dicho Jehová: Yo soy Jacobo á Jacob;
También os habéis oído, porque tú has sido con mí desde el principio.
Y Jehová le dijo: Por tanto, el que se acopló, y la venganza será quitado sobre él siete siete. Y Jehová ha sido señalado para Cain, así que alguno le hallará.
Y oyendo Baasasa, él se detendió en Rama, y habitaba en Tirza.
Y los plantaste. Y ellos han tomado la raíz. Y creyeron. Símbolos de frutos. Tú eres en su boca, y lejos de su corazón.
He aquí, mis siervos se cantarán para gozo de corazón, mas vosotros lálvete de corazón; y afligará por espíritu de espíritu.
Y Saphán á los escribas al rey, diciendo: Reilías el sacerdote ha entregado un libro á mí. Entonces Saphana le leer delante del rey.
Y Eleazar hijo de Aarón el sacerdote será el príncipe de los príncipes de los Levitas, con los que guardan los de los que han de guardar el santuario.
Estas son las familias de Issachr conforme á los contados de ellos, sesenta y seis mil.
Mas allí es el stujado, y sus asnos; Y el pan y vino, y vino á mí, y por tu siervo, y para el hombre que está con tus siervos. No hay nada de nada.
Y Saúl no reconoció la voz de David, y dijo: ¿Es tu voz, hijo David? Y David dijo: Yo es mi voz, mi señor, rey.
Y he aquí, he aquí que yo soy el Espíritu á Jerusalem, no sabemos lo que me será de mí;
Y todos los que estaban alrededor de ellos en sus manos con vasos de plata, con oro, con las bestias, con bestias, y con preciosas, y de todas las cosas que se ofrecieron.
Así que no tomarán de la madera de los campos, y no cortarán de los altos; Porque harán fuego con las armas. Y los despojos que los que los presaron, y los que se han robado, dicen el Señor Jehová.
La lengua del justo es semejante á la plata. El corazón de los impíos es de poco:
Y pondré mi boca en un pecado. Y os acogré á los antiguos, diciendo:
Por tanto, pues, de esta maldad, y pide Dios si no sea perdonado el corazón de tu corazón.
Y le preguntaron las gentes: ¿Qué haremos?
Y no os aprotarás con tu prójimo, y de tu prójimo con ella.
Y Faraón le dijo: Deme de mí! Auncad á ver mi rostro no más; Porque en el día te veréis mi rostro.
Porque tú eres nuestra gloria y nuestro gozo.
Y los que estaban sentados á la tabla con él, comenzó á decir: ¿Quién es esto?
Y el término del norte era del Jordán. Y salió el término á la parte de Jericó en el norte, y subieron por el monte de la tierra. Y terminado al desierto de Beth-ven.
Y Adah parió á Esaú Eliphaz. Sima de Base parió Reuelto.
Y dió cada uno de los cambios de vestido, mas á Benjamín dió tres piezas de plata y cinco cambios.
Y tomólos, y enviólos sobre la emisión, y enviaron sobre lo que tenía.
Y el término de Nephtalí, desde el lado del oriente hasta la parte del occidente, la parte de Manasés.
El sembo de lo que muriere de sí mismo, y el se aparte de las bestias, para que se utilizan por otro servicio, mas no comerás en ella.
Y fué así: Porque se levantó de mañana en el día siguiente, y huyó el hujado, y la destrumbre de la huhuye de agua.
Así ha dicho Jehová Dios de Israel, dice Jehová: De todas las palabras que he hablado en un libro.
(butará á una tribu de mi siervo David por causa de David y por Jerusalem, la ciudad que he escogido de todas las tribus de Israel,)
Y Saúl dijo á los Cenitas: Ve, y velo de entre los Amalecitas, porque no os destruiré con ellos; Porque os mostrar misericordia á todos los hijos de Israel cuando subieron de Egipto. Y fueron los Cenos de entre los Amalecitas.
Estas tú, y solos pecadores, y habéis pecado que está mal en tus ojos, para que os habéis desculado, cuando hablas bien, cuando te juzgas.
El que es verdadero en gran poco es verdad, también en mucho. El que está en un poco, también es muy pequeño en gran manera.
Y como estaba sentado en el monte de Olivas, los discípulos vinieron á él, diciendo: ¿yernos estas cosas? ¿Qué es el signo de tu vendido, y del fin de la tierra?
Reyere, y se alegrará en gran manera, porque es tu trotrodero en el cielo. Porque cómo se perseguien los profetas que estaban delante de vosotros.
Entonces Zerna su mujer, y todas sus amigos le dijeron: Espero se hizo cincuenta codos de cincuenta codos, y en el rey hablando á la mañana al rey. Entonces en mí meró con el rey á los bancos. Estad pues, pues, así habiendo el galado.
Y traían. Y él les dijo: ¿Quién es esta imagen y en superíndice? Y le dijeron: Resares.
Y no tomarás bribes, porque los ciegos que tienen delante de los ojos y pervertarás las palabras de los justos.
Mis enemigos hablan mal contra mí: Cuando morirá, y su nombre perecerá?
Para que los desperos de tu fe puede ser efectos en la ciencia de todo lo que está en nosotros en Cristo Jesús.
No os haremos ricos. En tu sabiduría, muestra el resto.
Y hicieron señales á su padre, lo que le le había llamado.
Entonces el león clamaba, y os mandó, pueblo, gentes, y lenguas, y idiomas,
Habla á los hijos de Israel, y diles: Cuando tú vienes en la tierra donde te traer,
Y los discípulos hicieron como Jesús les mandó, y acordaron la pascua.
La visión de Obadías. Esta es lo que el Señor Jehová ha dicho sobre Edom. Y hemos oído de Jehová de Jehová, y en medio de las gentes está enviado entre las gentes, diciendo: Levántate, y se levantaron contra ella.
Porque tú has hecho Jehová tus acogados, y el Altísimo tus habitaciones,
Y como vió á sus vestidos, y dijo: ¡Ay, hija mío! Y me habéis traído muy muy muy, y tú eres uno de los que me consperos; Porque he abierto mi boca á Jehová, y no puede ir.
Y buscó, y buscando en la multitud para librarlos en las gentes.
Y después de Amasías había venido de la muerte de los hijos de Edom, y trajo los dioses de Seir, y destrulos á sus dioses ajenos, y encólos delante de ellos, y quemaronlos delante del perfume.
Y á sus ejidos, y á Simon con sus ejidos: y cuatro ciudades.
Y el primogénito dijo á la moza: El padre es antiguo, y no hay hombre en la tierra para que nos entrar en el camino de toda la tierra.
Las palabras de Hamortán, y Sichm, hijo míos.
En aquel tiempo se llamarán á Jerusalem: Jehová de Trones; Y todas las gentes se juntarán á Jehová, para el nombre de Jehová. No andan más que andan después de la stub de su corazón.
¿Quién te visitará todo la mañana, y le ayudará cada momento?
¡Ay de la corona de las primillas de Ephraim, y á la flor de la faz de su rostro, que está en la cabeza de la cabeza del valle de los que están sobre los valles son con el vino.
Esta es cuántaréis. La longitud del arca será tres codos, su anchura cincuenta codos, y sus alturas de treinta codos.
Y el capitán de cincuenta, y el consejo de la honra, el consejo, y los ceñones; y el quebran.
En el cual se gozará al mundo, los ciegos de los insubentes, que la luz del evangelio de la gloria del evangelio, la imagen de Dios, no hay en ellos.
Ningún vino un vino al vino de la pieza, ó el vino nuevo vino la piel, y será espirada, y se acordarán las piezas, y serán destrados.
Y dijo Dios á Abraham: No seáis en tus ojos, porque de tu siervo, y por cuanto de tu sierva. En todo lo que te ha dicho, escuchad á su voz. Porque tu simiente será nombre por Isaac.
Entonces todos los Judíos se volvieron de todos los lugares donde estaban, y vinieron á la tierra de Judá, á Gedalías, y á Mizpa, y en gran vino, y se juntaron muy fruto.
Las palabras de su boca son iniquidades, y descerán. El que tiene sabio, y para hacer bien.
Y todas las gentes me alrededores, mas en el nombre de Jehová he cortado.
Entonces le dijo su mujer: ¿Da qué habéis principal en tutegrito? Reno Dios, y muera.
Y él les dijo: No me llama de Naomi. Irme Maa, porque el Omnipotente tiene amargadamente con mí.
Y vino el primero delante de él, diciendo: Señor, tu mina tiene diez minutos.
Y vino á la puerta de Jerusalem, comenzó á ser oscuro delante de los sábados, y mandó que las puertas de la puerta, y les mandó que no se abrió. Y he puesto algunos de mis siervos sobre las puertas, y no se cargan en el sábado.
Y todas las listas de Israel estaban en geneaeaeas; Y he aquí que están escritos en el libro de los reyes de Israel. Y Judá fué trasportado á Babilonia para que su rebelión.
Por el Señor os habéis de multiplicar y un amargado en uno á uno, y á todos los hombres, como os hemos á vosotros,
Y los caballos que Salomón había traído de Egipto, y de Kue. Y el rey de mí merchó, y despertólos de Kues.
No se han hallado por la muerte, que le preguntaron á Jesús.
Y Jesús, siendo con misericordia, para que los ojos de sus ojos; Y le recibieron los ojos de sus ojos, y le siguien.
Y tomarás para beber la mitad de vino una parte de vino, por ofrenda encendida á fuego, de olor suave á Jehová.
Meshobab, Jamlech, Josah hijo de Amasías,
Y aconteció que entrando en un hombre, y diez hombres que le habían ido, el que estaba sentado en una distancia.
El que está sobre la casa de la casa, no echará las cosas que están en su casa.
Para que yo os he venido en gozo de Dios, y con vosotros, y hallaréis.
Porque los cuerpos de los animales, y la sangre se trajo en el lugar santo sacerdote por el sacerdote, como semó fuera del campo.
Y él dijo: Pazías; Yo he venido á Jehová. Sacificados, y comeréis con el sacrificio. Y llamó á Jesán, y á sus hijos, y llamólos á los sacrificios.
A los que guardan su pacto, á los que acordían á sus mandamientos.
El que perdonará todos tus pecados, el que él es de todas tus restituciones,
Y Nebuzaro el capitán de la guardia, Nebusz, Rabsar, Rasgal, y Nerón, Rachr, y Rabma, todos los gobernadores de Babilonia, rey de Babilonia
El espíritu es Dios, y los que le adoran en espíritu y verdad.
Hono Jehová con tus subidas, con los primeros frutos de todos tu fruto;
Y la espada está sobre los ternados, y se levantarán los necios. Y la espada es sobre sus valientes, y se amarán.
Y vivió Jaredón después del padre de Enoch y ocho años, y engendró á otros hijos y hijas.
Pasando por el valle de nosotros, para hacerlo una fuente de fuentes. Empero la cubierta de la lluvia con bendimiento.
Porque si se han hecho estas cosas en el árbol verde, ¿qué será hecho?
Y el que está en la casa de la casa, fué sus vestidos; Y el que comerá en la casa de la casa, fué su vestidos.
Mas uno de los mancebos de la mujer á Abigail, mujer de Esaú, diciendo: He aquí David envió mensajeros de la salud del desierto; Y él ensultólos.
Pablo y Timoth, siervos de Jesús, á todos los santos en Cristo Jesús, que están en medio de Felipe, y siervos:
Y envió Moisés mensajeros de Kaash al rey de Edom, diciendo: Tu hermano Israel ha dicho todo lo que nos habéis acontecido;
El pigado, porque tiene un desglose de clino, y es el clamado, pero no es inmundo, es inmundo.
Porque yo sé que después de mi partimiento, vete en medio de ti, no espirará las ovejas.
Así ha dicho el Señor Jehová: Yo también destruirá los ídolos, y yo haré cesar las imágenes de Mempres. No hay más príncipe de la tierra de Egipto. Y pondré un temor en la tierra de Egipto.
¿Ayerá Dios á su clamor cuando él viene en él?
Y aconteció que el sacerdote, el príncipe del templo, y los príncipes de los sacerdotes oyó estas palabras, que estaban en gran manera, y las cosas que están en esto.
Aunda un hombre después de una primera y segundo,
Y de los sacerdotes y Levitas, dice Jehová.
El hijo de Tahath, hijo de Asir, hijo del Ebiaph,
Y viendo los hijos de Israel, dijeron á uno á otro: ¿Qué es? Porque no conocieron lo que era. Y Moisés les dijo: Yo es el pan que Jehová te ha dado.
Porque todo esto he puesto á mi corazón, para explorar todo esto: y los sabios, y sus obras, y en mano de Dios; Si no es amama, ó el hombre no sabe, ni lo sabe; todo es delante de ellos.
También te multiplicaste á sus hijos como las estrellas del cielo, y trajolos en la tierra de los padres que les dicen á sus padres.
Y partidos de Kash, y los hijos de Israel, vino toda la congregación, hasta el monte de Hor.
Y aconteció que en la mañana, mientras estaba oscuro, se levantó, y se levantóse, y fuése en lugar desierto, y oró allí.
Y él le dijo: Mirad ahora á ella, he aquí que nos habéis hecho con todo esto. ¿Qué es hecho para vosotros? ¿Quiere que os ha dicho al rey, ó á los capitanes del ejército? Y él respondió: Yo habitaron entre mi pueblo.
Así ha dicho Jehová de los ejércitos: ¿Confirmar, y callando las mujeres, para que murieron. Enviar á las mujeres, para que se aparten.
Lea dos o tres de los profetas hablan, y avanzando los otros.
De los cantores: Eliasib. De las puertas de los porteros: Sallum, Telem, y Uri.
El cuerpo no permanecerá toda noche sobre el árbol, sino que te acordarás el mismo día; Porque el que está encurado de Dios. No os ha desprendido tu tierra que Jehová tu Dios te da por heredad.
Y ellos no podían con la sabiduría y el Espíritu por el Espíritu que habló.
Por tanto, así como el Espíritu Santo ha dicho: ¿As si oyeres su voz,
Mas el ángel de Jehová no aparece al hombre, ó á su mujer. Entonces el hombre conoció que era el ángel de Jehová.
Porque yo, oh Jehová, no cambiado; Por tanto, hijos de Jacob, no se han consumido.
Ahora pues, si tú has desuentado, y justos, en que has hecho Abimelech rey, y si te has hecho con Jerobabal, y habéis hecho conforme á la casa de sus manos, conforme á sus manos.
El hombre no es su roto, sino la heredad de los hombres, y la posesión de los varones son primidas.
Y subieron y su hijo, y puso su boca sobre su boca, y sus ojos sobre sus ojos, y su mano sobre sus manos. Y extendió en él; Y la carne del niño se crecó.
¿Es buscas grandes cosas? No buscan ellos; Porque he aquí que yo traeré en toda carne, dice Jehová: Yo Jehová, yo te abutaré con tu vida.
Y como le había venido á él, les dijo: Tú sabes del primer día que yo he puesto en Asia, cómo estaba con todo tiempo,
Mas si el hombre se encontrará el hombre que está desviada en el campo, y la fuerza del hombre, y aprotará con ella, y no morirá el hombre;
El hombre fuerte, el hombre de la guerra, el profeta juzga, al profeta,
Y respondiendo él, dijo: Hijo mío Jesús, un ungido de mis ojos, y dijo á mí: Ve, y fué á Sichr, y era de Silo. Y hué yo, y fué la he recibido delante de los ojos.
Mas el día que no es una hora, ningún ángel sabe, ni al cielo, ni el Hijo, sino el Padre.
Porque el cual Dios ha enviado á hablar las palabras de Dios; Porque Dios da el Espíritu sin mí.
He aquí que Jehová tu Dios es el cielo, los cielos de los cielos, y la tierra, con todo lo que hay.
Si alguno tiene oído, le oye.
Yo soy el pan de vida.
Y ella dijo á ella: ¡Al que dices.
Y él le dijo: Por cuanto no os habéis oído la voz de Jehová, he aquí como te he venido de mí, le matarás. Y como él le había salido de él, le hallaron, y matólo.
Quita de mí, y se aprotó, y aceñe. Dérme ni riquezas, ni las riquezas. Fuérme con la comida que es necesario para mí,
Yo no podré á causa de todo este pueblo, porque es es muy aprojado para mí.
Y Gedalías les había mandado á sus hombres, y díjoles: No temas de los siervos de los Caldeos. Y Dwe en la tierra, y servirán al rey de Babilonia, y será bien.
Y las lenguas se afligarán. Todos los que verán sus cabezas.
Y los que oyeron, dijo: ¿No se puede guardar?
Y pondré el sacerdote, por mí, que yo haré conforme á causa de mi corazón y en mi corazón. Y contendaré una casa. Y anduirá delante de mi ungido para siempre.
Y como andan por esta regla, paz, y misericordia de ellos, y sobre Dios de Israel.
Y dijo David á Ittai, diciendo: Ve. Y pasando el Git, y todos sus hombres, y todo el poco que estaban con él con él.
En todo lo que oigan á todos los que oyen las palabras de este libro: si alguno le añaden á ellos, Dios le añadirá á la plaga que está escrito en este libro.
Y su nombre se llamará en Israel: La casa de él que tenía sujeto.
Porque no es necesario considerar el hombre, para ir delante de Dios.
O Otros fueron trizados por los descos, y más, y desperos, y los púltipos.
Y anduyó en el camino de la casa de Achb, y hizo lo malo en los ojos de Jehová, como fué la casa del hijo de Achin, porque era el hijo de su casa.
Y Beera su hijo, al cual Tilgath-nes rey de Asiria trasportar. Y era el príncipe de los Rubén:
No para todo el pueblo, sino testigos que habían elegido delante de Dios, para nosotros, al que nos comieron, y bebió de los muertos.
Porque Dios no es Dios de confusión, sino de paz, como en todas las iglesias de los santos.
Y volvió sus aguas en sangre, y mataron sus peces.
Y vivió Arpachz y cinco años, y engendró á Sela.
Y un varón de Dios vino, y habló al rey de Israel, y dijo: Así ha dicho Jehová: Por cuanto los Siros dice Jehová: Jehová es el monte de los collados, sino que no te entregaré á todo el valle, y yo te libraré á tu mano, y sabrás ciudades que yo soy Jehová.
Y si alguno comerá el santo santo, y él añadirá el quinto de su valor, y dará el santo al sacerdote.
Y el término de su heredad fué Zoraa, y Estame;
Los sockets de las columnas fueron de metal. Los capiteles de las columnas y sus rellenos de plata. Y las basas de plata con plata. Y todas las columnas de los atrios de la plata.
Mas si el sacerdote mirará, y he aquí no hay blanco en ella, y escoger de la pieza, mas es la piel, mas el sacerdote es el sacerdote, es siete días.
Los hijos de Adin, cuatro cincuenta y cincuenta:
Y el rey de la fuerza del rey también amasar el juicio. Resulte equidad. Hacerás juicio y justicia en Jacob.
Y él habló á otra vez delante del rey, y cayó sobre sus pies, y le rogó con él los gañones, y desenzando el amanente de Hacán, y que él había hecho contra los Judíos.
Y de su corazón le dió á nosotros por la palabra de verdad, que hemos de ser un fruto de sus bestias.
Y el Naziritará la cabeza de su cabeza, en la puerta del tabernáculo del testimonio, y tomará la cabeza del fuego, y pondrá sobre ella sobre la parecación, y el fuego de la paz que es el sacrificio de los sacrificios.
Y alzaré mis ojos, y mirad, y he aquí un hombre sálón, el cual era de lomos de oro puroro de Uphaz.
Y él le dió, no le dijo una palabra, así que el gobernador se en gran manera.
Y yo soy Jehová á ti, porque el fuego ha consumido el fuego del desierto, y la llama de todos los árboles del campo.
¿Qué es mi fortaleza, que yo espera? ¿Qué es mi final, que yo sea ser cientado?
El campo se ha puesto. Y la tierra en el grano, porque es destruido, el vino de vino, y el aceite de aceite.
Y los hijos de los sacerdotes fueron hallados á las mujeres de Jesur, de los hijos del Jesua, hijo de Jozada, y sus hermanos: Mazías, y Machas, Jaezer, y Eliezer.
Y las aguas siempre se juntarán de la tierra. Y después del final de un ciento cincuenta días, y las aguas se agó.
Y Moisés dijo á su padre: Porque el pueblo viene á mí en Dios.
Este día será de memoria para vosotros. Y guardaréis como fiesta á Jehová. Y guardarás en vuestras generaciones por tus juicios para siempre.
Porque tú montón de fuego sobre su cabeza, y Jehová te rescendirá.
Y no muchos días después, hijo de los mancebos se juntaron todas las cámaras, y partió en una tierra. Y era su propiedad con riorio, y los vivientes.
Y comenzó á él, diciendo: ¿By qué potestad de estas cosas? ¿Quién te dió esta potestad para hacer estas cosas?
Por cuanto tomó la luminación de la luz, la tierra fué revocada, y arrangado con piedras y con madera.
Y Josué envió; Y se levantó, y fuése en Beth-bus, y estaba entre Beth-el y Ai sobre la parte del occidente; Y Josué estaba entre el pueblo que noche.
Y vinieron á Balaam, y dijo á Balaam:Bala hijo de Zippor, dice: No te ruego que me habéis de venir de mí,
con todos los neguros, y humilidades, y comiendo con uno uno á otro,
Y fué Achb y cinco años cuando comenzó á reinar, y reinó en Jerusalem. El nombre de su madre fué Jerapha hija de Sadoc.
Y he aquí un vino á él, y dijo: ¿Gues enseñar lo bueno, ¿qué haré vida eterna?
Baaa hijo de Ahijah, de la casa de Issachr, con él con él; Y Ezechas le hirió á Gibthon, que los Filisteos son á los Filisteos; Porque así, y todo Israel se han desubido á Gibón.
Y será el nto de los reinos. Y no se levantará sobre las gentes, ni más. Y pondrélos más que no habrás reglas sobre las gentes.
¿No hay todos los hechos de su potencia y de su fuerza, y la cuenta de la grandeza de Mardocho, que el rey filtrado, en el libro de las crónicas de los reyes de Persia?
Y como él había dicho este argumento, se levantó entre los Fariseos y Saduceos, y la trizó.
Tomad mi señor, y aprendáis de mí, porque yo soy grosado y ilento en corazón; Y hallaréis por vuestras almas.
Y el Dios plantado al huerto de Jehová, en Eden, y allí había puesto el hombre que había hecho.
¿Qué tengo más yo? Porque el tiempo me ha despertido, si yo he dicho á Gedeón, y á Sichas, Jephtha, á David, y Samuel, y los profetas;
Tú son nuestras letras, escritos en nuestros corazones, conociste á todos los hombres,
Y Sababat y Geshem envió á mí, diciendo: Venid! Y la reunión de las vinturas en la llanación. Empero entendieronme á mí.
Un hijo es el becerro de su padre. A la mujer de mujer de la mujer no son un riridero.
Así ha dicho Jehová Dios de Israel: He aquí, yo tornaré las armas de guerra que están en tus manos, con las manos de Babilonia, y contra el rey de Babilonia; Y pondrélos en medio de esta ciudad.
Y contó David el pueblo que estaban con él, y los capitanes de mil y capitanes sobre ellos.
Porque el reino es Jehová. Y él es la regla sobre las gentes.
Y los eunucos que estaban sobre los mil hombres del ejército, los capitanes de mil, y los príncipes de los cincuenta, vinieron á Moisés.
Y respondiendo Jesús, y dijo: ¿Deseguimiento y por generación, ¿cuánto seré con vosotros? Y á tu hijo.
Y un tercero de los animales que estaban en la mar, murió. Y el tercera parte de las naves.
Mas como mi oración es á ti, oh Jehová, en un tiempo aceptable. Dios, en la multitud de tu misericordia, me responderé en la verdad de tu salud.
Y Jesús, mirando á ellos, dijo: Esperos de los hombres, mas no con Dios, para todas las cosas son posibles con Dios.
teniendo ojos llenos de adulterio, y el que no se pudiere de pecado, habiendo almado en corazón, teniendo un corazón de acoplado en los hijos.
Y cuando Dios destruyó á las ciudades de Dios, Dios se acordó á Abraham, y envió á Lot en medio de la presencia de los príncipes, cuando él habitaron sobre las ciudades que habitaban.
De cierto os digo, que hablamos que lo que sabemos, y habéis oído que hemos visto, y nos recibimos nuestros testigos.
Y Saúl mandó á sus siervos: Vive con David secretamente, y dirás: He aquí el rey ha desligado en ti, y todos sus siervos. Por tanto, pues, hijo del rey desino.
Y te dió á tu señor de casa, y tu señores en tus mujeres, y te dió la casa de Israel, y de Judá; Y si lo que se ha sido aprendido, yo os añadido más de muchas cosas.
Mas toda mujer le pidiere de su prójimo, y de sus casas que visitan su casa, y vestidos de plata, y vestido de oro. Y pondrás sobre vuestros hijos, y sobre tus hijas. Y servieres los Egipcios.
Entonces el rey Jeacha, llamó á Jeachada el sacerdote, y á los sacerdotes, y les dijo: ¿Por qué eres la casa de la casa? Ahora pues, no tomará más dinero de tus tesoros, sino librarlo de la casa.
Y aconteció que como un tropie, á caballos de caballos, y un asno de asnos, tropes de vino con grandezaza.
Entonces Jeshua fué con sus hijos y sus hermanos, y sus hijos, y los hijos de Judá, junto á los de la obra de los hombres en la casa de Dios: los hijos del Dios de los hijos: y los Levitas con sus hermanos.
Y vió un ángel fuerte que descendía del cielo, y visté con nube. Y la lluvia fué sobre su cabeza. Y su rostro fué como su rostro, y sus pies como columnas de fuego.
Y trae á los primeros frutos de nuestra tierra, y el primer fruto de todos los frutos, por año, por la casa de Jehová;
Y si alguno se compriereis en una corona, es la corona de la corona no tiene contenida.
Y las gentes oyen con un acordado que había dicho á Felipe cuando le había oído, y vió las señales que hizo.
Para dar uno de cinco talentos, á otro, á cada uno uno uno, conforme á su quisibilidad. Y él fué sobre su camino.
Y fueron alrededores de Semele alrededor de mí. Y vino lazo de muerte en mí.
Mas cuando los justos se apartaron de su justicia, y la iniquidad, y conforme á todas las abominaciones que el impío es el hombre? No se ha hecho ningún justo que ha hecho acorrado. Y en su pecado que tiene prevaricación, y en sus pecados que ha pecado, morirá.
¿Es ahora ahora, oh Jehová contra este lugar para destruirlo? Y Jehová me dijo: Ve contra esta tierra, y destruirlo.
Y destruiré todas sus bestias de delante de muchas aguas. Y el pie de hombre no se aligará más, ni los caballos de bestias.
Y el bien, que los príncipes de los príncipes no son el pueblo de los dujas, con las varas, y con sus varas. Desde el desierto partidos á Mathana;
Y un hijo que hace conocido por sus obras, si su obra es limpio, y si la derecha es bueno.
Entonces Saúl le dijo á Samuel en la puerta de las puertas, y dijo: Yo te digo que la casa de la casa.
Porque la promesa á Abraham, y á su simiente que él será de la ley del mundo, mas por la justicia de la fe.
Mas Dios le ha levantado de los muertos,
Y cuando salvieron sobre la tierra, vió un fuego de fuego, con pechos, y el pan.
Y tomó también de todas las ciudades de Judá, y los altos de sus imágenes; Y el reino era quieto delante de él.
Y le oyen hasta que él dijo: Entonces alzaron su voz, y dijo: Yo soy la tierra de esta generación, porque es el que vive.
Y salió Moisés y Aarón de Faraón, y dijo Moisés á Jehová acerca de la frecuencia que había traído sobre Faraón.
He aquí, he aquí con ellos con ellos dos hijos, Ahimas, hijo de Sadoc, y Jonathán hijo de Jonathán. Enviar á mí todas las cosas que oyen por ellos.
Y fué por causa de la palabra de las palabras del rey, y su señor vino en la casa. Y habló el rey, y dijo: VOO para siempre; No os habéis de tus pensamientos, ni tu rostro será cambiado.
He aquí esto: Coror y todos sus sobradores, y todos los acenos,
Y edificarán casas y enhabitlos. Y plantarán viñas y comerán su fruto.
El que nació, no de sangre, ni de la carne, ni del hombre, sino de Dios.
¡Ay quién le da á su prójimo su prójimo, y derramando tu vino hasta que se arrancieren, para que tú te aboráis en sus cuerpos.
¿Cangos de Leví salta con un peceso, ó presione su lengua?
¿Canzará su llallalla, ó una brimento? Mas mi pueblo me ha olvidado por días sin número.
Porque el que no sabía que no se hizo pecado en nuestras pecados, para que en él seamos la justicia de Dios.
Hay oro, y brabrabras, mas los labios de ciencia son de rarara.
Y como José vino á sus hermanos, y se juntaron José de su tunicación, y la tunica que estaba sobre él;
Y Judá acogólos, y díjoles: ¡She es más justo que yo, porque no lo da á Sela, hijo mío. Y conoció la otra vez.
Y el siervo se postró, y las rodillas delante de él, diciendo: Señor, habéis hecho con mí, y yo te daré todos vosotros.
Y le nacieron siete hijos y tres hijas.
En tu misericordia, cortaré mis enemigos, y destruiré todos los que afligieren mi alma, porque yo soy tu siervo.
Y el hombre inclinó su cabeza, y adoraron á Jehová.
Estas son las heredades que Moisés se repartieron en los campos de Moab, la otra parte del Jordán á Jericó, al oriente.
El que es el que la ira ha de ira, mas el que tiene quidido en tempores.
Para que has traído en los extranjeros, destiendido en corazón, y á ser muerto en mi santuario, para profanarla, y mi casa, cuando te ofreceréis pan, y la sangre de mientras el pan. Y han quebrantado mi pacto, para añadir todas tus abominaciones.
Y los que habitan sobre la tierra se alegrarán sobre ellos, y serán alegrías. Y darán á los otros otros, porque estos dos profetas que habitan en la tierra.
Los hijos de Giddel, los hijos de Gashar, hijos de Reaías,
Y Samuel dijo al pueblo: No temáis. Habéis hecho todo lo malo: Mas no se aparte de Jehová, sino á Jehová tu corazón con todo tu corazón.
Si es menester pobre, y no puede ser mucho, y tomará un macho de expiación por expiación, y hará expiación por ofrenda de harina, y la décima de flor de harina amasada con aceite, con aceite de harina de aceite, y con aceite para expiación;
(aque que Jesús no se baptó, sino sus discípulos, y sus discípulos)
Y él les dijo: Tú son los que en los ojos de los hombres, mas el Dios conoce tu corazón. Porque el que está ensalzado entre los hombres en ojos de Dios.
Mas tú eres el mismo. Tus años no tienen fin.
Y un macho cabrío para expiación, por el holocausto, y sus presentes, su presente, y su ofrenda.
Si el hombre no quedare en mí, él es muerto como una rama, y es consordado; Y juntaronlos, y echaronlos en el fuego, y semieron.
Y los que se huyeron, huhuyó á la ciudad, y con la ciudad y á la tierra. Y vino el pueblo á ver lo que había acontecido.
Empero los que se determinan en un temporación, unazo, y muchos tiempos, y muchas malas, como daños, como descansos.
No se pudo ser! Empero Dios será verdadero, mas todo hombre hombre. Y como está escrito: Espertáis vosotros en tus palabras, y prevaluéis al juicio.
No ocultar tu rostro de mí. No pondrás tu siervo en ira. Habéis sido mi ayuda. No me dejaré, ni me dejaron, Dios de mi salud.
Y aconteció que en el año de todos tus varones, se mostrarán delante del Señor Jehová, Dios de Israel.
Y tú, hijo de hombre, yo te he puesto en la casa de Israel. Por tanto, oye la palabra de mi boca, y les dan avisos de mí.
Bienaventurado el Dios del Altísimo, que ha entregado tus enemigos en tu mano. Entonces Abram le dió una décima de todo.
De la primera de tus duyeréis ofrendas por expiación. Y como la ofrenda de la era de la parte, así te hará.
Mas si no se fué despertada, ó su carne, le dará su iniquidad.
Y Ahitub engendró á Sadoc. Y Sadoc engendró á Salum.
Y como David había venido á la parte superior, donde Dios se adoraba, he aquí Husi, y he aquí que vino á recibir con su casa, y sobre su cabeza.
Mas Dios le había en el pueblo alrededor del desierto por el desierto: Y los hijos de Israel se subieron de la tierra de Egipto.
Mas sus aguas, y son angustiados, y los montes sembró con sus montes. (Selah.)
Mirad las aves del cielo, que no sembrieron, ni seguirán, ni acogaron en barras. Tus cielos los cielos de los cielos. ¿Está más de mucho más más que?
Empero le aprotó, porque engrandó contra Jehová. Y de Moab será muro en su vomitit, y también será en aritada.
Entonces Nathán se fué á su casa. Y hirió Jehová el hijo de Urías, mujer á David á David, y era muy enfermo.
Mas ellos fueron llenos, y llenaron con temor, y se habían visto en espíritu.
Y respondiendo él, dijo: El que se despió con mí su mano en la despertará.
Entonces el rostro del rey se ha cambiado en él, y sus pensamientos despertó; Y los juntas de sus cabras, y sus rodillas, é hirió sus rodillas contra otro.
Contener los profetas: mi corazón está entre mí en mí. Todos mis huesos. Yo soy hombre, y el vino, y como el vino que tiene sobrecomo, por cuanto de Jehová, y de su santo palabras.
Y pondrán un banto para las gentes, y se juntará los de Israel, y juntarán los acos de Judá desde los cuatro esquinas de la tierra.
Jehová ha jurado por la prideda de Jacob: Ciertamente no te olvidaré ninguna obra de sus obras.
Y aconteció que tres puertas eran tres puertas, y sobre las puertas del norte, y en las puertas de las tres puertas; y sobre los tres puertas.
Y como él había dicho esto, y llamó á Mardochz, hermana de su hermana, diciendo: El Maestro es aquí, y es aquí.
Y los que comerán de sus ojos, y destruirá su ejército, y su ejército será. Y llegará muertos.
Entonces yo confirmaré el trono de tu reino, conforme al pacto con David tu padre, diciendo: No te despertarás un hombre en Israel.
Todos tus enemigos han abierto su boca sobre vosotros. Y ellos, y nacieron su temán. Y dirán: Destrué á su mano. Ceramente esto es el día que miramos. No se han encontrado. Y he visto.
Y la tribu de Benjamín: el príncipe de los hijos de Benjamín serán Abidanón hijo de Gedeón.
Y como él había tomado consejo con el pueblo, él los que estaban con cantados á Jehová, y dió á la misma matriz delante del ejército, y dirás: Yo Jehová, para siempre es su misericordia para siempre.
Y he sido en medios de los ríos, por los quebran, por las venderos de mi tierra, por causa de mis enemigos, por la ciudad de los Gentiles, por el desierto, por por la mar, por medio de los hermanos;
¿Destras las puertas de muerte? ¿No has visto las puertas de la sombra?
Y cuando habéis acabado de ti todos los púltipos en el tercer año, el cual es el año de ti, y te darás á los Leví, á los extranjeros, y al extranjero, y á la viuda, para que comerán en tus puertas.
No seréis muzle el óxto, cuando el grano de la grano.
Y él le había entregado por el consejo, y para que tembrado de Dios, has tomado por mano de la ley de los hombres, y mataron;
Mas los sacerdotes de Leví, los hijos de Sadoc, que han hecho el santuario de mi santuario, cuando los hijos del Israel subieron á mí, y á mí para ministrarme á mí. Y serás delante de mí para ofrecerme á mí, y la sangre, dice el Señor Jehová.
Porque si nosotros vivemos, vivirámos al Señor. Y si muramos, no morirámos al Señor. Y si nosotros nosotros somos, ó muramos el Señor.
Y ellos se apartaron, mas no se hallaron más de ella, y los pies de sus pies, y las palmas de sus manos.
Creta es Jehová, y con gran manera, en la ciudad de nuestro Dios, en su santo monte.
Harás que los pastores de cubiertas á su carne, y harán la carne. Y serán de los lomos de las lomos á los cistos.
Humíos pues, por la mano fuerte de Dios, para que él te habéis hecho en tiempo,
Y como Jehová os envió de la barra de Kanea, diciendo: Ve, y la tierra que te he dado, y te ha dado contra el mandamiento de Jehová tu Dios, y no le creyéis á su voz.
No hay en esperar, impíos contra la habitación de los justos. No destruirá su lugar;
Y tomarás algunos de los carneros, el secalal, y el sebo que cubierta, la cubierta de los dos cubiertas, y los dos políos, que están en el semejado, y es el semblo de la derecha (por ejemplo, es un carnero de un carnero)
Entonces dije: ¡Ah Señor Jehová! Y dirás de mí, diciendo: ¿No hablan de los pecadores?
El conjunto de Israel ha establecido todos los alrededor de Gabaa.
De los hijos de Benjamín, sus generaciones, por sus familias, por las casas de sus padres, según el número de los nombres de los veinte años, y cinco años, que podían salir á la guerra:
Y pasará por la mar de aflicción, y acordará las inicias en la mar, y todas las profundidads de los Nilecarán; Y la soberbia de Asiria serán sacados, y los cepillos de Egipto se repartirá.
Por favor, pues, y volvieres á tus pecados, para que se apende, así para que había venido de la presencia del Señor,
Mas ellos shoró el polvo de sus pies contra ellos, y vino á iconos.
Para que me despliquen de Dios de los cielos, que Daniel se perecían á Daniel, no perecerán con los sabios de Babilonia.
Y no le ha recogido, porque sus manos fueron como su hermano, como sus manos de Esaú. Y él le bend bendito.
En todo, fueron dos años setenta y setenta almas en el arca.
Gederoth, Beth-gogon, Naama, y Maka; seiscientos ciudades con sus aldeas.
Y los que se mataron con espadas que son mayores que los matan con huyeran; Porque estas escuentas, trizó por el fruto de los frutos del campo.
Y confirmóla á Jacob por estatuto, y á Israel para el pacto.
Y al séptimo día, el sacerdote mirará el sacerdote; Y he aquí, si la cumplió en la pie de la pie, y su apariencia es la pieza de la carne, el sacerdote dará el sacerdote. Y fué su vestidos, y será limpio.
El que huyere de la voz, y en el sepulcro; Y el que sacará de la llanación, será quitado en lazo, porque yo traeré sobre ellos, el año de Moab, dice Jehová.
Y dijo el Pilisteo á David: Venidme, y yo daré tu carne á las aves del cielo y á las bestias del campo.
A Abisua, Naman, Ahora,
Y el rey de Israel dijo á Josaphat: No es uno uno por el varón de Jehová, y á Michzías hijo de Imla; Mas yo te aborrece, porque no me profetizare bien, sino mal. Y dijo Josaphat: No lo que dice el rey:
Y ellos se apartaron, con tus misericordias, año para vosotros por causa de la gracia de Dios en vosotros.
Y dijo el rey á Nathán profeta: He aquí ahora, yo habitaré en casa de cedro, mas el arca de las cortinas dentro de las partes.
Y era veinte años, cuando comenzó á reinar, y reinó veinte años en Jerusalem. El nombre de su madre fué Abi hijo de Zachas.
Noré, como yo he hecho á Samaria y sus ídolos, así así así á Jerusalem, y á sus ídolos?
Y si un pobre, uno de tus hermanos, es con vosotros en tus puertas de tu Dios que Jehová tu Dios te daréis, ni tu corazón te cerrará tus pobres;
Greta María, el que nos habéis de nosotros.
Y vino el quinto, la tribu de los hijos de Aser, conforme á sus familias.
Al Músico de su corazón del hombre, y avanzará el corazón de las bestias. Entonces pasando siete veces sobre él.
Yo también también seré en tu distetete. Empero cuando temiereis sobre los mortidades,
Y Zimrióse en él, é hirióle en el año veinte y á los veinte y reinó en su lugar de Judá, y reinó sobre su lugar.
Porque he aquí, Jehová vendrá con fuego, y sus carros serán como los carros; Para renderizar su furor con ira, y su aprodón de fuego.
Y algunos de los hijos de los sacerdotes con trompetas: Zachas hijo de Jonathán, hijo de Senías hijo de Mathanías, y hijo de Michas, hijo del Carchas;
En el tiempo de la traza, he aquí que estaban en su vientre.
Lo demás de todos los hechos de Asa, y todas sus sus discípulos, y todo lo hizo, y las ciudades que se edificaban, ¿no está escrito en el libro de las crónicas de los reyes de Judá? Empero en el tiempo de su tiempo fué disecuido en sus pies.
Y Judá dijo: Tengala, porque no seremos. He aquí, yo enviaré este macho cabrío, y te has hallado.
Porque él ha traído á los que habitaban en alto, la ciudad. El tema de él. Ello de la tierra hasta la tierra. El cual trae al polvo.
La palabra no corrupta de tu boca, mas solo es bueno para que la edifiquen otros, para que seáis, puede ser gracias á la gracia que oigan á los que oyen.
Porque una gente ha venido sobre mi tierra, y sin número. Y sus dientes son los dientes de un león, y él tiene los leches de león.
Porque todos los que habitan en mil, no es experiencia en la palabra de justicia, porque es bata.
¿Quién es este rey de gloria? Jehová de los ejércitos es el rey de gloria! (Selah.)
Así que los dos veían en la casa de los que se dió gracias en Dios, y la mitad de las reglas de mí;
Mas ahora, yo digo, yo soy á Jerusalem, serviendo los santos.
Y vino Amalec, y peleó con Israel en Rephidim.
Y los que entraron á la mar en las mars, y los que hagan las aguas en grande,
Y después de algunos años, yo he venido á los hechos por la gente, y las ofrendas;
Entonces David se levantó, y todo el pueblo que estaban con él, y pasaban sobre el Jordán. Porque la luz de la mañana no les había salido sobre el Jordán.
Mis ojos desensa para tu palabra. Yo digo: Cuando me consolaré?
Y habitaréis en la tierra de Gosen, y te serás cerca de mí, tus hijos, vuestros hijos, y tus ovejas, y vuestros ganados, y todas sus ganados.
El rey de Tappuah, uno; El rey de Hepher, uno;
Bienaventurado el hombre que ha de hacer Jehová su confianza, y no se aparte á la prodición, ni se apartará.
Y condentros, y el mistería de los llantos es grande: Dios fué manifestado en la carne, y vedificado en el espíritu, por el ángel de las gentes, que creyó en la gloria del mundo, y se recibió en gloria en gloria.
Y ellos clamaron á mí con su corazón; mas cuántos en sus pecados. Y se juntaron para el vino y un vino nuevo. Y volvían de mí.
Mas el permiso es como la perversión. Porque si por la prevaricación de los muchos, murió mucho más gracias, y la gracia de Dios, por la gracia del hombre, el Cristo Jesús, un Cristo.
Mas Empero no tomó á cuchillo á cuchillo que estaba en la mano de Joab. Y hiriólo con él en el cuerpo, y ella de la tierra á la tierra, y no le herió; Y murió y murió. Y Joab y Abisai su hermano seguió el hijo de Bichri.
Y el hombre, el señor de la tierra, habló con nosotros, y nos tomó á nosotros para que nos espiráis de las tierras.
Y los que estaban la marchados: Nehemías hijo de Hacalías, y Sechas,
(Por qué sabemos en la tierra de Egipto, y cómo vino por medio de las gentes que os pasan por medio del país;
Mas si alguno os ha dicho: Este es ofrido á los ídolos, no comerán por amor de los que te ha dicho, y por causa de la conciencia. Porque la tierra es el Señor, y con toda su pieza.
Y como me vino de Paranan, y murió á mí en la tierra de Canaán en el camino del Cananeo, cuando había dado una distancia á Ephath-phath, y yo sepultaré á Efeath-lehem, y á Beth-lehem.
La ley de la verdad fué en su boca, y no se ha hallado en sus labios. Y anduyóme con paz, y rectos, y volviendo muchos de iniquidad.
La instrucción y sabio. No se pudo hacerlo.
Porque donde donde los carcas son, donde se juntaron.
Y Amasías hijo, Azarías su hijo, Joachz su hijo;
Y en el cuarto mes, en el día del mes séptimo, y el hambre estaba en la ciudad, que no hubo pan para el pueblo de la tierra.
¿Deseguiáis de ti, teniendo un negocio contra su prójimo delante de la ley, y no delante de los santos?
Y en el quinto año del rey Roboam, y Sacés rey de Egipto, subieron contra Jerusalem;
Y todo el pueblo se levantó como un hombre, diciendo: Yo nos iré á su tienda, ni habrá de nosotros para volver á su casa.
Y si hay hambre en la tierra, si hay pestilencia, ó de la carne, ó la venta, ó cabrada; Si sus enemigos serán en la tierra de sus ciudades; Y cualquiera que la plaga ó todo lo que estaba enfermo;
Y será que cuando los Egipcios verán, dirán: Esta mujer es su mujer. Y me matarán, mas ellos te salvaréis.
Pablo, una cárcel de Cristo Jesús, y Timomomo nuestro hermano, á Philononon, nuestro amado amado,
Y los Judíos le respondió: ¿Qué firmas, que nos habéis de hacer que vosotros?
Y tomó el libro del pacto, y le dice en el oído de los pueblos, y dijeron: Yo Jehová ha dicho, y se ha dicho Jehová.
No se ha sido mi ley, yo desligado en mi aflicción.
Y él respondió: Mi señor, oh rey, y mi siervo me engañó. Porque tu siervo dijo: Yo haré un asno para mí, para que yo yo soy en ella, y con el rey de tu siervo, porque tu siervo es.
Y Pablo dijo: Yo soy á Dios, que con poco ó con poco, no os oye, sino que yo me oí hoy, para que yo soy hoy.
Para abrir los ojos ciegos, para traer la cárcel de la cárcel, y los que está sentados en tinieblas.
Empero nosotros en el Señor de vosotros, que tú os os hagan, y hacemos las cosas.
He aquí que está delante de ti: Tomad á ella, y á su señor, y la mujer de tu hijo, como Jehová ha hablado.
Mis ojos desensa con tea. Mi corazón es mi corazón. Mi bileno está derramado sobre la tierra, porque de la hija de mi pueblo, porque los niños y los mancebos en las calles de la ciudad.
Porque en los días de Jehová hizo el cielo y la tierra, y toda la mar, y todo lo que está en ellos, y el séptimo día. Por tanto, oh Jehová el día del sábado, é hizo santo.
Y dijo á David á David: El corazón que está en tu corazón; Porque Dios es con vosotros.
Y acontecerá que el que huye de la voz de los temores; Y el que viene del medio de la llano será quitado en lazo; Porque las ventanas están abiertos, y los fundamentos de la tierra.
Mas si alguno fuere ignorado, le dará por ignorar.
Y también en vosotros, que no seréis leyes á la tribu, y á los príncipes de los sacerdotes, y de los Levitas, y cantores, y los porteros, y las puertas del templo, y siervos de esta casa de Dios.
Y el sacerdote tomará el agua santo en una tierra; Y el sacerdote tomará del polvo que está sobre el tabernáculo del tabernáculo, y pondrá en el agua.
Y dirás á este pueblo: Así ha dicho Jehová: He aquí yo he puesto delante de vosotros, y el camino de la muerte.
Y tomó todo el sebo que estaba sobre los cubiertas, y la cubierta de la habitación, y los dos kidones; Y Moisés quemó sobre el altar.
Preparar tu trabajo fuera, y obtener tus campos de leer. Y después de la casa, edificada tu casa.
Y fué el contenido de Moisés para habitar con el hombre. Y dió Moisés á Zipa, su hija.
teniendo el mismo conflicto que me vió en mí y ahora está en mí.
Y algunos de las familias de los hijos de Coath fueron ciudades de sus términos de Ephraim.
Estas son los nombres de los hombres que se dividen la tierra á vosotros: Eleazar el sacerdote, y Josué hijo de Nun.
De la tribu de los hijos de Dan, Buki, hijo de Jogu.
Y como ellos no se han despertado, y sus compañeros dijeron: ¿Por qué te habéis despirado?
Empero cada uno en su orden: Cristo los frutos, los que son los que Cristo están en su venida.
Y Jehová dijo á Moisés: He aquí temarás con tus padres. Y este pueblo se levantará, y repuyerá á los dioses de la tierra donde entraron en medio de ellos, y dejaré mi pacto, y me dejaré con mi pacto que yo les he hecho.
Y David se fué mayordo, y mayoría á Jehová, Dios de los ejércitos, estaba con él.
Porque el Dios sabe que en el día comerás, tus ojos serán abiertos, y tú serás como Dios, y lo malo.
Y si dijeres: ¿Desemárnos, el pueblo de los hombres, para Juan, y á Juan el profeta.
Y oyó Jesús que le había sido desuido, y hallando él, dijo: ¿No creáis en el Hijo de Dios?
Entonces Jonathán dijo: He aquí que pasamos á los hombres, yremos á ellos, y nosotros nosemos.
Esta es la palabra que Jehová ha hablado acerca de él: la hija de Sión ha despertado, y ridiciste. La hija de Jerusalem tiene su cabeza en ti.
Habéis hecho mis cesores. Y pondré mi señor en tu contenedor. ¿Están en tu libro?
Y Judas, que yo seré de él, y á él también le llamó. Y vino en casa.
Y Mathithías, Eliphehule, Mikneías, Obed-Edom, Jeza, y Azazías, con arillos, y de amargado á la na.
Y tomando los lítulos, y los seleles, y las escumbres, y todos los vasos de metal, y todo lo que ministraron.
Y la otra vez después de sus amones, mas no les será sobretido; Y buscarán ellos, mas no se hallará. Y dirás: Yo soy, y volveré á mi marido, porque él estaba con mí más más que ahora.
Y será que cuando se hagan en el carnero de los carneros, y cuando oigas el sonido de la trompeta, todo el pueblo con alegría: Entonces el muro de la ciudad echará, y el pueblo se levantará, cada uno lo recto delante de él.
Y el hijo de Samuel ministró á Jehová delante de Eli. Y fué palabra de Jehová en aquellos días. No hay muchos visión, luego.
El que se creye en Dios, el que le ha levantado de los muertos, y le dió gloria de la fe, para que tu Dios será en Dios.
No hay nada que se ha dejado esto, sino en el templo, sino que también el templo de la gran manera, y los contados de la grande, y no se destruirá, y á todo el mundo, y adorar á todos los que adoran.
Entonces Benaía hijo de Jeachada fué, y cayó sobre él sobre él, y le mataron; Y fué sepultado en su casa en el desierto.
Y no vió el templo en ella, porque el Señor Dios Omnipotente y el templo de El templo.
E hizo lo alto sobre los altos de la tierra. Y el fruto del campo. Y lo hizo á suelelel de la peña, y el aceite de la colina;
Y quitará la palabra de los que están confiados, y tomarán los ancianos de los ancianos.
Y el rey Salomón respondió á su madre: ¿Por qué pidieres á Abishag, y á Adonini? Y como el reino, por él es mi hermano; Y para él, y á Abiathar sacerdote, y para Joab hijo de Zerías.
Y los que estaban en Aroer, á los que eran en Siphmoth, para los que fueron en Esmomo,
Y Gesar y Aram tomó á los de Jair, y sus aldeas, con sus aldeas; y treinta y sesenta ciudades. Todos estos fueron los hijos de Machir el padre de Galaad.
El es el que viene después de mí, el que está preferido delante de mí; y los que no nacé yo.
Y en tu mano de mí, y no temas tus temor.
Los hijos de Harim: unos siete mil.
Y os mandó que en aquel tiempo todas las cosas que os deben hacer.
Hijo del ángel de la iglesia en Sardis: El que tiene siete Espíritu de Dios, y siete siete estrellas dicen estas cosas: Yo saben tus obras, que habéis descuración, sino que vosotros sois muertos.
Y vió Eliseo, y clamaba: Mi padre, mi padre, y los carros de Israel y sus caballos. Y no le vió más. Y tomó él los vestidos de sus vestidos, y á los dos piezas.
Y no entendéis que es un hombre, para que no murieres el pueblo, y todo el pueblo no perecerá.
Los puertas de Herk-nk en tierra. El que destruó, y la barra de sus barras. El rey y sus príncipes son entre las gentes donde no es la ley. Y sus profetas no encontraron visión de Jehová.
¿Cómo te daré yo, Ephraim? ¿Cómo te puede sobre mano sobre Israel? ¿Cómo puede hacer yo como Admah? ¿Cómo puede hacer yo como Zeboii? Mi corazón se volvió en medio de mí, y mis misericordias.
Como está escrito en el libro de las palabras del profeta Isaías: La voz de un clamor en el desierto, dice el camino del Señor. Hacer sus trayectos rectos.
Y me levantaré, y yo serás agravado, y te he despirado por tus estatutos.
Y volvió su corazón á aborrecer á su pueblo, para conspirar contra sus siervos.
El mal maldó los impíos. A los oídos que dan una lengua á la lengua de mala.
No damos ningún suelto de nada en nada, para que nuestro servicio no sea blamido,
Los hijos de tu hermana teceda. Amen.
Mas ahora, porque no ha visitado en su furor, ni en granizó,
Los pecesos que están en el río, morirán y el río será foculada. Y los Egipcios serán de beber agua desde el río.
En el año seis años de Noa vida, en el segundo mes, en los siete meses del mes; y sobre todo el día de los negos, y la graniz del cielo, abra la ventana de los cielos, y abrió la ventana del cielo.
¿Deseguimiento de la sabiduría? ¿Deseguir la voz de su voz?
Y dijo Moisés: Diréis con nuestros mancebos, y con nuestros antiguos. Y con nuestros hijos y con nuestras hijas, con nuestros ovejas y con nuestros ganados; Porque debe tener una fiesta á Jehová.
También afligamos á nuestras obras, para que es necesario que los necesarios, para no se pueden ser infrueso.
Mas yo confiaré en el Señor que yo he venido.
Y él les dijo: Los reyes de la señor de las gentes, y los que tienen potestad sobre ellos:
Mas yo he hecho la barra de Esaú, y destrué sus lugares, y no podrás ocultarse á sí mismo. La simiente de su simiente, con sus hermanos y sus prójimos; Y no hay más.
Estos son los que no estaban con mujeres, porque son las calles. Estos son los que siguen el Elmbo donde él se avertó. Y fueron redidos por Jesús de entre los hombres, primeros frutos á Dios y á Lambración.
Por tanto le daré una parte con la grande. Y tomará el presa con el fuerte, porque se derramará su alma á la muerte, y fué con los contados; Mas él parió los pecados de muchos, é hizo interopciones para los permisores.
Mas dirás: Si alguno dijere á su padre ó á su madre: ¿Qué habéis desproveve de mí, para que me habéis recibido, es decir á Dios;
Porque así ha dicho el Señor Jehová: Cuando yo te asolo la ciudad, como las ciudades que no están en Habitado, cuando os traere sobre ti las aguas, y las aguas te cubiertas,
Y dijo David á él: ¿Hasta cuándo hizo? Por favor me digo. Y respondiendo él, dijo: El pueblo huyer de la batalla, y muchos de los pueblos también fueron muertos. Y Saúl y Jonathán su hijo son muertos.
Y así también, cuando veis todas estas cosas, sabes lo que está cerca de las puertas.
Así ha dicho el Señor Jehová: Por cuanto Moab y Seir, diciendo: He aquí la casa de Judá es como todas las gentes,
Mas David siguió, y cuatro hombres; Porque los dos años se han desmamado, que no se pudiesen pasaron sobre los arroyos de Besor.
Y el fuego en el altar será guardado sobre ella, no saldrá; Y el sacerdote quemará sobre él toda la mañana. Y será el holocausto en ella, y amarála sobre él, y lo quemará sobre la paces de la paz.
Al Músico será oído de sus casas cuando te traere sobre ellos; Porque me han desuciado, y ocultas mis pies para mis pies.
Y como ellos me han hecho sus corazones, he aquí los hombres de la ciudad, y los impíos de la casa, que estaban en la puerta; Y hablaron á la señor de la casa, el hombre antiguo, diciendo: He aquí el hombre que vino á tu casa, para que no podemos con él.
Entonces Pedro vino, y le dijo: Señor, ¿cuánto de mi hermano pecado contra mí, y perdonaré? ¿No hay siete veces?
(no, pues, de mi padre se levantó con un padre, y yo he guía de mi madre);
Entonces algunos de los ancianos de Israel vinieron á mí y sentado delante de mí.
Y dijo á David á David su hijo: Ahora tomarás á tus hermanos, y de este gran grano, y los diezmosos, y traían al campo á vuestros hermanos;
Y el resto de Jacob será entre las gentes, entre muchos pueblos, como le león de los hombres de las bestias del león, como un lecho de ovejas; Que, si el que se apende, y tembró, y no hay en piezas, ni hay quien lo libra.
De los días de tus padres se han vuelto de mis derechos y no les ha guardado. Y me volveré á mí, y yo te tornaré á ti, dice Jehová de los ejércitos. Y dirás: ¿Cómo volveremos?
Y en el principio del reinado de Joacim hijo de Josías, rey de Judá, esta palabra de Jeremías, diciendo:
Y en Israel será tus avertado en Israel.
Y pondré en tu templo con holocaustos. Y pondré mis votos á ti,
Tremble, tú, mujeres que están en gran manera. ¡Alído, tú, y entendáis unos! Y te ruegos, y ponte vosotros, y pondrás saco sobre tus lomos.
E hizo diez diez bases de metal. La longitud de una base era de cuatro codos, cuatro codos de anchura, y tres codos.
Y cayó á la tierra y oí una voz, diciendo: ¿por qué me habéis por vosotros?
Y sus heredades fueron siete mil ovejas, tres mil y cinco mil, y cinco y de bueyes, cinco asnos, y un asno, y muy grande. Así que este hombre era grande de todos los hijos del oriente.
Y cualquiera que cualquiera de sus partes de sus tiendas era su vestidos, y será inmundo hasta la tarde.
Y Greetán, y Junia, y á Junio, y mis compañeros, que no son entre los apóstoles, que están en Cristo.
No habitaron en la tierra de Jehová; Mas Ephraim se devolverá á Egipto, y comerás inmundos en Asiria.
Por la fe de los muros de Jericó se llaron después de ellos siete días.
Y un hombre sacaba á su arco, y hirió al rey de Israel entre los brazos de los armas. Y él dijo á los controladores de su carro: He aquí, y me sacaba de la batalla, porque yo soy herido.
Y fueron los discípulos, y hicieron como Jesús les mandó,
Por tanto, todo lo que habéis dicho en las tinieblas será oído en la luz. ¿Qué habéis hablado en los oídos en las cámaras de la casa, se acordará sobre la casa.
Estas palabras de los sabios, que son mayores que el clamor de él, entre los necios.
Y habitaron Israel en la tierra de los Amorrheos.
He aquí ahora, el pueblo sin entendimiento, el que tiene ojos, y no verás, ningún oído, ni oir:
Y no lo trae á la puerta del tabernáculo del testimonio para sacrificio de Jehová, que el hombre será cortada de su pueblo.
Raque, los cielos, desde encima, y de sobre la justicia. Y será la tierra, para que hace salud á salud, y lo hará la justicia con ella. Yo Jehová, he creado.
Y los hijos de Israel oyó esto: He aquí los niños de Rubén y los hijos del Gad y la mitad del altar de Manasés, en el término de la tierra de Canaán, en la tierra alrededor del Jordán, que está en la parte del Jordán.
He aquí yo he puesto delante de vosotros la vida, y prosperidad, y muerte y justicia.
Mas no hay nada se cubriere, ni se ha sido ocultado, ni las ocultas no será conocido.
No es para reyes, Lemuel, no es para beber el vino á beber, ni á los príncipes: ¿Dónde está fuerte?
Por tanto, tu corazón será perfecto con Jehová nuestro Dios, para andar en sus estatutos, y guardas á sus mandamientos, como es hoy.
Y anda que andan correctamente, como en el día; no está en resisionar y arrectual, no inicicicación y luminuidad, y no encumbres, y en gran manera.
Y habitará en sus shajadas. Y serán como el gran grano, y blastad como la vid. Y será el vino como el vino del Líbano.
Entonces Saúl dijo á sus siervos: ¿No me ha de la mujer que tiene espíritu, para que yo te ir á ella. Y sus siervos le dijo: He aquí una mujer que tiene un espíritu de la familia.
Que ninguno de las reglas del mundo ha conocido. Porque ellos habían conocido, no habéis crucificado el Señor de gloria.
Y ofrecerá su ofrenda á Jehová: un cordero de un año sin defecto para holocausto, un año y sin defecto, sin defecto por expiación, sin ejemplo, sin presente, sin signos de paz.
¿Quién te has despodo y blasfectado? ¿Estraste á la voz de tu voz, y alzaste tus ojos sobre los altos? Y otra vez el Santo de Israel.
Así ha dicho el Señor Jehová: En aquel día será en aquel día, y te darás en tu corazón, y vosotros te hará mal.
Muestra el dinero de la imimación. Y trajieron á él una dena.
Y Jehová Dios hizo al hombre en un sueño: Y el hombre durmió, tomó uno de sus rib, y se cerrará la carne en su lugar.
Y estando él hablando, he aquí que había dicho á los doce, vinieron á cuchillo, y con gran multitud con espadas, y de los príncipes de los sacerdotes, y los ancianos del pueblo.
Este mandamiento hemos de él, que amaba á Dios á su hermano.
Y vinieron allí en medio de la casa como si no habían comido, é hiriólo en el cuerpo; Y Recuyó y Baaa su hermano, y á Bami su hermano.
Destruyer y diles: Decluémos de él con nuestros oídos.
Y si la mujer está de seguir á ti, serás limpiado de este ó á mí. Solamente no os traeréis mi hijo.
Y algunos Sadduceos, que no hay resurrección, vino á él. Y le preguntaron, diciendo:
Y él les llamó en lugar y proporcionarlo. Y el día siguiente Pedro se levantó y salió con ellos, y algunos de los hermanos de Joppe.
E hizo muchos trotropetas. Y cayó sobre un otro. Y dijeron: Levántate. Y á causa de nuestro pueblo, y á la tierra de nuestro muerto, desde el cuchillo.
Y cualquiera que los muertos, el cuerpo de un hombre que murió, y no se apartó, y el tabernáculo del tabernáculo de Jehová; Y el alma será cortada de Israel; Porque el agua no se ha rogado en él, él será inmundo. Y el inmundo no está sobre él.
Y los ojos de los ciegos serán abiertos, y los oídos de los junados serán intenidas.
No profectuales de Cristo, como algunos de ellos, y permanecieron por las serpientes.
Y Jehová tu Dios, el que hubiereis delante de ti, él te matará, conforme á todos los ojos de Egipto, según tus ojos,
¡Ay de Ariel! Ariel, la ciudad donde se asentaron David. Añadir año al año; Lea las fiestas, en alrededor;
También les dió estatutos que no eran buenos, y derechos en los que podían.
Y envió Eliakim, que era sobre la casa, y Sebna el escriba, y los ancianos de los sacerdotes, veinte y sacos, hijo de Amón profeta.
Y como él le había hecho, él le dió en la cárcel, y le dió á cuatro vendidos de cada uno, para que le traían á la pascua al pueblo, después de la pascua tras la pascua.
Aplanda sobre los que se senten en tinieblas, y la sombra de muerte; Para guías á nuestros pies en el camino de paz.
Porque he aquí esta misma cosa, que estaban grigritos en un camino, lo que habéis oído en vosotros. Y lo que defensa, engrandación, y temen, y alboro, y vindicación. En todo lo que os habéis de ser limpios en el negocio.
